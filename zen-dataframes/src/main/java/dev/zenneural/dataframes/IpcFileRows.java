package dev.zenneural.dataframes;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.InvalidArrowFileException;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.MessageMetadataResult;
import org.apache.arrow.vector.ipc.message.MessageSerializer;

/**
 * The row count of an Arrow IPC file before its batches are read: the footer lists every record
 * batch, and each batch's metadata (a few hundred bytes) holds its length. Knowing it, the frame
 * builder allocates its columns once at their final size (see
 * {@link dev.zenneural.ml.frame.TimeSeriesFrameBuilder#expectRows}).
 */
final class IpcFileRows {

    private IpcFileRows() {
    }

    /** The rows of all record batches of the file that {@code reader} reads from {@code channel}. */
    static long count(ArrowFileReader reader, SeekableByteChannel channel) throws IOException {
        long rows = 0;
        ReadChannel in = new ReadChannel(channel);
        // The reader positions the shared channel itself before each batch it loads.
        for (ArrowBlock block : reader.getRecordBlocks()) {
            channel.position(block.getOffset());
            MessageMetadataResult message = MessageSerializer.readMessage(in);
            if (message == null || message.getMessage().headerType() != MessageHeader.RecordBatch) {
                throw new InvalidArrowFileException("the footer lists a record batch at byte " + block.getOffset()
                        + " that is not there");
            }
            rows += ((RecordBatch) message.getMessage().header(new RecordBatch())).length();
        }
        return rows;
    }
}
