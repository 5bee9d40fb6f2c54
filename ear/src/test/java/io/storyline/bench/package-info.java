/**
 * Benchmarks, run only with {@code mvn verify -Pbenchmark} (README, "Benchmarks"): they measure, they assert
 * nothing about time.
 */
package io.storyline.bench;
