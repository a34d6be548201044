# Writes the files that PyArrowFilesTest reads, with pyarrow as pandas calls it (run once, by hand:
# pyarrow 25.0.1; the outputs are committed). Rows: series "alpha" and "série β", 3 days each.
import datetime as dt
import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq

ids = ["alpha"] * 3 + ["série β"] * 3
days = [dt.date(2024, 1, 1) + dt.timedelta(days=d) for d in (0, 1, 2, 0, 1, 2)]
y = [1.5, 2.5, 3.5, -1.0, 0.0, 1e-300]
price = [9.5, 9.75, 10.0, 1.0, 2.0, 3.0]
table = pa.table({
    "unique_id": pa.array(ids).dictionary_encode(),             # a pandas categorical
    "ds": pa.array([dt.datetime.combine(d, dt.time()) for d in days], pa.timestamp("ns")),
    "y": pa.array(y, pa.float64()),
    "price": pa.array(price, pa.float32()),
    "note": pa.array(["x"] * 6),                               # text: ignored
    "__index_level_0__": pa.array([10, 11, 12, 13, 14, 15]),   # a pandas index: ignored
})
pq.write_table(table, "pandas.parquet")                       # Snappy, schema stored
feather.write_feather(table, "pandas-lz4.feather")            # pandas' to_feather default: LZ4 frames
feather.write_feather(table, "pandas-zstd.feather", compression="zstd")
feather.write_feather(table, "pandas-plain.feather", compression="uncompressed")
