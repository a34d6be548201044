/** zen's own thread pools and crews, and helpers for them; internal, not an application API. */
package dev.zenneural.core.concurrent;
