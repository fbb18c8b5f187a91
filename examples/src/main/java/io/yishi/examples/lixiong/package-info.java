/**
 * The Lixiong case, replayed: the community and its "1 + N" service circle ({@link
 * io.yishi.examples.lixiong.LixiongCommunity}) and the scenarios the demo prints ({@link
 * io.yishi.examples.lixiong.LixiongDemo}).
 */
@NullMarked
package io.yishi.examples.lixiong;

import org.jspecify.annotations.NullMarked;
