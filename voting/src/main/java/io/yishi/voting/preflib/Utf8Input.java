package io.yishi.voting.preflib;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a reader as UTF-8 bytes, encoded a chunk at a time, so that text given as a reader
 * goes through the same byte parser as a file. The reader is not closed.
 */
final class Utf8Input extends InputStream {

  private final Reader in;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 16);
  private boolean eof;
  private boolean flushed;

  Utf8Input(Reader in) {
    this.in = in;
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      encodeMore();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  private void encodeMore() throws IOException {
    bytes.clear();
    if (!eof) {
      // a lone high surrogate at the end of a chunk stays in the buffer for the next one
      if (in.read(chars) < 0) {
        eof = true;
      }
    }
    chars.flip();
    encoder.encode(chars, bytes, eof);
    chars.compact();
    if (eof) {
      encoder.flush(bytes);
      flushed = true;
    }
    bytes.flip();
  }
}
