/**
 * The quick in-process speed figures of {@code zen bench}: workloads that each thread runs its own
 * copy of, a meter that warms them up and times them, and the report (a table or JSON). Not JMH:
 * one JVM, one timed window per line, no forks; the rigorous figures come from the JMH suite in
 * zen-benchmarks ({@code ./jmh}).
 */
package dev.zenneural.tools.bench;
