package dev.zenneural.dataframes;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Writes Arrow files of any schema, one batch, to test what the reader accepts and rejects. */
final class RawArrowFile {

    private RawArrowFile() {
    }

    static void write(Path path, BufferAllocator allocator, List<Field> fields, int rows,
            Consumer<VectorSchemaRoot> fill) throws IOException {
        write(path, allocator, ArrowIpcFormat.FILE, null, fields, rows, fill);
    }

    static void write(Path path, BufferAllocator allocator, ArrowIpcFormat format, DictionaryProvider dictionaries,
            List<Field> fields, int rows, Consumer<VectorSchemaRoot> fill) throws IOException {
        try (VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), allocator);
                FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                ArrowWriter writer = format == ArrowIpcFormat.FILE ? new ArrowFileWriter(root, dictionaries, channel)
                        : new ArrowStreamWriter(root, dictionaries, channel)) {
            root.allocateNew();
            fill.accept(root);
            root.setRowCount(rows);
            writer.start();
            writer.writeBatch();
            writer.end();
        }
    }

    static void setIds(VectorSchemaRoot root, String... ids) {
        VarCharVector vector = (VarCharVector) root.getVector("unique_id");
        for (int i = 0; i < ids.length; i++) {
            vector.setSafe(i, ids[i].getBytes(StandardCharsets.UTF_8));
        }
    }
}
