// The independent side of ArrowInteropTest: Apache Arrow's JavaScript implementation (npm
// apache-arrow). "write DIR" writes Arrow IPC files of the rows that rows() defines, in several
// layouts and column types; "read FILE" prints every row of an Arrow IPC file (file or stream) as
// tab-separated text: strings as they are, dates as epoch days, integers in full, floating-point
// values as JavaScript's shortest round-trip decimal.
import { readFileSync, writeFileSync } from 'node:fs';
import * as arrow from 'apache-arrow';

const DAY_MS = 86_400_000;

/** The rows both sides know: 3 series of 4 rows, ids with non-ASCII text, values exact in float32. */
function rows() {
  const ids = [], days = [], y = [], price = [];
  const names = ['alpha', 'série β', '東京'];
  for (let s = 0; s < names.length; s++) {
    for (let t = 0; t < 4; t++) {
      ids.push(names[s]);
      days.push(19_000 + 31 * t - 40 * s);
      y.push(s * 100 + t * 0.25 - 3);
      price.push(t % 2 === 0 ? 9.5 : -1.125);
    }
  }
  return { ids, days, y, price };
}

function write(dir) {
  const r = rows();
  const utf8 = () => arrow.vectorFromArray(r.ids, new arrow.Utf8());
  const dict = () => arrow.vectorFromArray(r.ids, new arrow.Dictionary(new arrow.Utf8(), new arrow.Int32()));
  const f64 = (v) => arrow.vectorFromArray(v, new arrow.Float64());
  const f32 = (v) => arrow.vectorFromArray(v, new arrow.Float32());
  const tables = {
    // pyarrow's defaults for a pandas frame with a date column
    'utf8-date32-f64.arrow': ['file', { unique_id: utf8(), ds: arrow.vectorFromArray(r.days.map(d => new Date(d * DAY_MS)), new arrow.DateDay()), y: f64(r.y), price: f64(r.price) }],
    // a categorical id, millisecond timestamps, float32 values, as a stream
    'dict-tsms-f32.arrows': ['stream', { unique_id: dict(), ds: arrow.vectorFromArray(r.days.map(d => d * DAY_MS), new arrow.TimestampMillisecond()), y: f32(r.y), price: f32(r.price) }],
    // nanosecond timestamps at midnight in a zone 5:30 ahead of UTC (the builder takes milliseconds)
    'utf8-tsns-zone.arrow': ['file', { unique_id: utf8(), ds: arrow.vectorFromArray(r.days.map(d => (d * 86_400 - 19_800) * 1_000), new arrow.TimestampNanosecond('+05:30')), y: f64(r.y) }],
    // date64
    'dict-date64.arrows': ['stream', { unique_id: dict(), ds: arrow.vectorFromArray(r.days.map(d => new Date(d * DAY_MS)), new arrow.DateMillisecond()), y: f64(r.y) }],
    // integer time indices
    'utf8-int64.arrow': ['file', { unique_id: utf8(), ds: arrow.vectorFromArray(r.days.map(d => BigInt(d)), new arrow.Int64()), y: f64(r.y) }],
  };
  for (const [name, [layout, columns]] of Object.entries(tables)) {
    writeFileSync(`${dir}/${name}`, arrow.tableToIPC(new arrow.Table(columns), layout));
  }
  console.log(Object.keys(tables).join('\n'));
}

function text(type, value) {
  if (arrow.DataType.isDate(type)) {
    const ms = value instanceof Date ? value.getTime() : Number(value);
    return String(Math.floor(ms / DAY_MS));
  }
  if (typeof value === 'bigint') {
    return value.toString();
  }
  return String(value);
}

function read(file) {
  const table = arrow.tableFromIPC(readFileSync(file));
  const fields = table.schema.fields;
  console.log(fields.map(f => `${f.name}:${f.type}`).join('\t'));
  for (let i = 0; i < table.numRows; i++) {
    console.log(fields.map((f, c) => text(f.type, table.getChildAt(c).get(i))).join('\t'));
  }
}

const [mode, path] = process.argv.slice(2);
if (mode === 'write') {
  write(path);
} else if (mode === 'read') {
  read(path);
} else {
  console.error('usage: node arrow_interop.mjs write DIR | read FILE');
  process.exit(2);
}
