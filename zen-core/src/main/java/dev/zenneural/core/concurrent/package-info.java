/** Helpers for zen's own thread pools; internal, not an application API. */
package dev.zenneural.core.concurrent;
