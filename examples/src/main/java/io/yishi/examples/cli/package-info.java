/**
 * The {@code yishi} command line. {@link io.yishi.examples.cli.YishiCommand#main(String[])} is
 * the entry point; {@link io.yishi.examples.cli.YishiCommand#run(String[], java.io.PrintStream,
 * java.io.PrintStream)} runs it in-process and returns the exit code (0 success, 1 bad input, 2 bad
 * usage).
 */
@NullMarked
package io.yishi.examples.cli;

import org.jspecify.annotations.NullMarked;
