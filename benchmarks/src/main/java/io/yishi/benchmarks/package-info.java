/** JMH benchmarks for the figures the issues name; see {@code benchmarks/README.md}. */
package io.yishi.benchmarks;
