package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.util.ArrayList;
import java.util.List;

/** A frame as an {@link ArrowTable}: unique_id, ds, y, then its exogenous columns, straight from its arrays. */
final class FrameToArrow {

    private FrameToArrow() {
    }

    static ArrowTable table(TimeSeriesFrame frame) {
        int[] ends = new int[frame.seriesCount()];
        for (int s = 0; s < ends.length; s++) {
            ends[s] = frame.start(s) + frame.length(s);
        }
        IdRuns ids = new IdRuns(frame.ids().toArray(new String[0]), ends);
        List<String> values = new ArrayList<>();
        values.add(FrameArrowSchema.Y);
        values.addAll(frame.exogNames());
        List<ColumnFill> fills = new ArrayList<>();
        fills.add(ids);
        fills.add(ArrowTable.dsFill(frame.dsKind(), frame.dsColumn(), ids));
        fills.add(NumberFills.float64(frame.yColumn()));
        for (String name : frame.exogNames()) {
            fills.add(NumberFills.float64(frame.exogColumn(name)));
        }
        return new ArrowTable(FrameArrowSchema.of(frame.dsKind(), false, values), fills, frame.rowCount());
    }
}
