package dev.zenneural.ml.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 and reports malformed bytes, but only after handing out every character before
 * them. {@link java.io.InputStreamReader} throws as soon as it meets them and drops the characters
 * it had decoded in the same block, so a reader counting lines would blame a line too early.
 *
 * <p>Read in blocks of at least two chars: a character outside the BMP is a surrogate pair and
 * does not fit into one.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    // A fresh decoder reports malformed input; it does not replace it.
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private CoderResult pending;
    private boolean eof;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (pending != null) {
            CoderResult error = pending;
            pending = null;
            error.throwException();
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                if (out.position() == offset) {
                    result.throwException();
                }
                pending = result;
                break;
            }
            if (result.isOverflow() || out.position() > offset) {
                break;
            }
            if (eof) {
                return -1;
            }
            fill();
        }
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
