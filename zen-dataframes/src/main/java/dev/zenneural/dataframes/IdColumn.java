package dev.zenneural.dataframes;

import dev.zenneural.ml.io.FrameFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.memory.util.ArrowBufPointer;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * The {@code unique_id} of each row of a batch as a String, made once per series run, never per
 * row: utf8 and large_utf8 rows are compared with their neighbour in Arrow memory; dictionary rows
 * (pandas' categoricals, dictionary&lt;utf8&gt;) by index, each entry decoded on first use in a
 * batch. Within a run every row gets the same String, so the frame builder's identity check hits.
 */
final class IdColumn {

    private final String source;
    private final boolean dictionaryEncoded;
    private final long dictionaryId;

    private FieldVector vector;
    private FieldVector dictionary;
    private String[] decoded = new String[0];
    private ArrowBufPointer previous = new ArrowBufPointer();
    private ArrowBufPointer current = new ArrowBufPointer();
    private String last;
    private long lastIndex = -1;

    private IdColumn(String source, DictionaryEncoding encoding) {
        this.source = source;
        this.dictionaryEncoded = encoding != null;
        this.dictionaryId = encoding == null ? -1 : encoding.getId();
    }

    /**
     * The decoder for the {@code unique_id} field of an in-memory schema, whose dictionaries
     * {@code dictionaries} holds.
     *
     * @throws FrameFormatException if its type (a dictionary's value type) is not utf8 or large_utf8
     */
    static IdColumn of(Field field, DictionaryProvider dictionaries, String source) {
        DictionaryEncoding encoding = field.getDictionary();
        // In memory a dictionary-encoded field has the index type; the dictionary's vector has the value type.
        Dictionary dictionary = encoding == null ? null : dictionaries.lookup(encoding.getId());
        if (encoding != null && dictionary == null) {
            throw new FrameFormatException(source, "column '" + FrameArrowSchema.ID + "': dictionary "
                    + encoding.getId() + " is missing");
        }
        ArrowType type = dictionary == null ? field.getType() : dictionary.getVectorType();
        if (!(type instanceof ArrowType.Utf8) && !(type instanceof ArrowType.LargeUtf8)) {
            throw new FrameFormatException(source, "column '" + FrameArrowSchema.ID + "': expected utf8, large_utf8"
                    + " or a dictionary of them, got " + (dictionary == null ? "" : "a dictionary of ") + type);
        }
        return new IdColumn(source, encoding);
    }

    /** Points this decoder at the next batch's vector (and dictionary, from {@code dictionaries}). */
    void bind(FieldVector ids, DictionaryProvider dictionaries) {
        vector = ids;
        lastIndex = -1;
        if (dictionaryEncoded) {
            Dictionary found = dictionaries.lookup(dictionaryId);
            if (found == null) {
                throw new FrameFormatException(source, "column '" + FrameArrowSchema.ID + "': dictionary "
                        + dictionaryId + " is missing");
            }
            // Stream batches may replace a dictionary, so entries are decoded afresh for every batch.
            dictionary = found.getVector();
            if (decoded.length < dictionary.getValueCount()) {
                decoded = new String[dictionary.getValueCount()];
            } else {
                Arrays.fill(decoded, null);
            }
        }
    }

    /** The id of row {@code i} of the bound batch; {@code i} goes up by one from 0. */
    String at(int i) {
        if (dictionaryEncoded) {
            long index = ((BaseIntVector) vector).getValueAsLong(i);
            if (index != lastIndex) {
                lastIndex = index;
                last = entry(index, i);
            }
            return last;
        }
        pointTo(current, i);
        // The first row of a batch has no neighbour in memory: decode it and let equals() decide.
        if (i == 0 || !current.equals(previous)) {
            String id = text(vector, i);
            if (!id.equals(last)) {
                last = id;
            }
        }
        ArrowBufPointer swap = previous;
        previous = current;
        current = swap;
        return last;
    }

    private String entry(long index, int row) {
        if (index < 0 || index >= dictionary.getValueCount()) {
            throw new FrameFormatException(source, "column '" + FrameArrowSchema.ID + "': dictionary index "
                    + index + " is outside the dictionary of " + dictionary.getValueCount() + " entries (batch row "
                    + row + ")");
        }
        String id = decoded[(int) index];
        if (id == null) {
            if (dictionary.isNull((int) index)) {
                throw new FrameFormatException(source, "column '" + FrameArrowSchema.ID + "': expected a value,"
                        + " got a null dictionary entry");
            }
            id = text(dictionary, (int) index);
            decoded[(int) index] = id;
        }
        return id;
    }

    private void pointTo(ArrowBufPointer pointer, int i) {
        if (vector instanceof BaseVariableWidthVector narrow) {
            narrow.getDataPointer(i, pointer);
        } else {
            ((BaseLargeVariableWidthVector) vector).getDataPointer(i, pointer);
        }
    }

    private static String text(FieldVector strings, int i) {
        byte[] bytes = strings instanceof BaseVariableWidthVector narrow ? narrow.get(i)
                : ((BaseLargeVariableWidthVector) strings).get(i);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
