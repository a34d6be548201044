package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.io.FrameFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Which columns of an Arrow schema make a frame, checked before any row is read: {@code unique_id},
 * {@code ds} and {@code y} by name (their types as {@link IdColumn}, {@link DsColumn} and
 * {@link ValueColumn} accept), and every other numeric column, in schema order, as an exogenous
 * column. Columns of other types (strings, lists, ...) are ignored, like CSV's non-numeric extras,
 * and so is the index pandas writes beside the data ({@code __index_level_0__}, ...).
 */
final class FrameColumns {

    final IdColumn id;
    final DsColumn ds;
    /** The exogenous columns' names, in schema order. */
    final List<String> exogNames;

    private FrameColumns(IdColumn id, DsColumn ds, List<String> exogNames) {
        this.id = id;
        this.ds = ds;
        this.exogNames = List.copyOf(exogNames);
    }

    /**
     * The plan for {@code schema}, an in-memory schema whose dictionaries {@code dictionaries} holds.
     *
     * @throws FrameFormatException naming {@code source}, the column and what was expected
     */
    static FrameColumns of(Schema schema, DictionaryProvider dictionaries, String source) {
        Field y = field(schema, FrameArrowSchema.Y, source);
        if (!ValueColumn.isNumeric(y.getType()) || y.getDictionary() != null) {
            throw new FrameFormatException(source, "column '" + FrameArrowSchema.Y + "': expected "
                    + ValueColumn.EXPECTED + ", got " + (y.getDictionary() == null ? y.getType() : "a dictionary"));
        }
        Field ds = field(schema, FrameArrowSchema.DS, source);
        if (ds.getDictionary() != null) {
            throw new FrameFormatException(source, "column '" + FrameArrowSchema.DS + "': expected a plain"
                    + " column, got a dictionary");
        }
        IdColumn id = IdColumn.of(field(schema, FrameArrowSchema.ID, source), dictionaries, source);
        return new FrameColumns(id, DsColumn.of(ds.getType(), source), numericExtras(schema));
    }

    /**
     * The columns of {@code schema} that make a frame, for a reader that can project: unique_id, ds
     * and y, then the numeric extras. Types are checked when the projected batches arrive.
     *
     * @throws FrameFormatException if unique_id, ds or y is missing or appears twice
     */
    static List<String> projection(Schema schema, String source) {
        List<String> names = new ArrayList<>();
        for (String name : List.of(FrameArrowSchema.ID, FrameArrowSchema.DS, FrameArrowSchema.Y)) {
            names.add(field(schema, name, source).getName());
        }
        names.addAll(numericExtras(schema));
        return names;
    }

    private static List<String> numericExtras(Schema schema) {
        List<String> exog = new ArrayList<>();
        for (Field field : schema.getFields()) {
            String name = field.getName();
            boolean frameColumn = name.equals(FrameArrowSchema.ID) || name.equals(FrameArrowSchema.DS)
                    || name.equals(FrameArrowSchema.Y);
            // pandas writes an index that is not a plain range as __index_level_0__, ...: not a feature.
            boolean pandasIndex = name.startsWith("__index_level_") && name.endsWith("__");
            if (!frameColumn && !pandasIndex && field.getDictionary() == null && ValueColumn.isNumeric(field.getType())) {
                exog.add(name);
            }
        }
        return exog;
    }

    /** Dates or indices, as {@code ds}'s type says. */
    DsKind kind() {
        return ds.kind();
    }

    private static Field field(Schema schema, String name, String source) {
        Field found = null;
        for (Field field : schema.getFields()) {
            if (field.getName().equals(name)) {
                if (found != null) {
                    throw new FrameFormatException(source, "column '" + name + "' appears twice");
                }
                found = field;
            }
        }
        if (found == null) {
            throw new FrameFormatException(source, "no column '" + name + "' (found "
                    + schema.getFields().stream().map(Field::getName).collect(Collectors.joining(",")) + ")");
        }
        return found;
    }
}
