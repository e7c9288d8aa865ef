// Encodes a fixed set of values with @msgpack/msgpack so the .NET tests can decode bytes another implementation wrote.
// Writes <dir>/values.msgpack (the values as one MessagePack sequence) and <dir>/values.json (how they must decode).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { encode, ExtData, EXT_TIMESTAMP, encodeTimeSpecToTimestamp } from "@msgpack/msgpack";
import { Timestamp, toJson } from "./msgpack-json.mjs";

const dir = process.argv[2];
const text = (length) => "x".repeat(length);
const bytes = (length) => Uint8Array.from({ length }, (_, i) => (i * 7) & 0xff);
const map = (size) => Object.fromEntries(Array.from({ length: size }, (_, i) => [`key${i}`, i]));
const nested = (depth) => (depth === 0 ? "bottom" : [nested(depth - 1)]);
// Timestamps are encoded as the raw extension and expected back as seconds + nanoseconds.
const timestamp = (sec, nsec) => {
  const ext = new ExtData(EXT_TIMESTAMP, encodeTimeSpecToTimestamp({ sec, nsec }));
  ext.expected = new Timestamp(sec, nsec);
  return ext;
};

const values = [
  null, true, false,
  0, 1, 127, 128, 255, 256, 65535, 65536, 4294967295, 4294967296, Number.MAX_SAFE_INTEGER,
  -1, -32, -33, -128, -129, -32768, -32769, -2147483648, -2147483649, Number.MIN_SAFE_INTEGER,
  9223372036854775807n, -9223372036854775808n, 18446744073709551615n,
  0.5, -1.25, Math.PI, 1e300, -5e-324, NaN, Infinity, -Infinity,
  "", "a", text(31), text(32), text(255), text(256), text(65535), text(65536), "héllo wörld ✓ 😀 \u0000\u001f\"\\",
  bytes(0), bytes(1), bytes(255), bytes(256), bytes(65535), bytes(65536),
  [], [1, "two", [3]], Array(15).fill(1), Array(16).fill(2), Array(65535).fill(3), Array(65536).fill(4),
  {}, { a: 1 }, map(15), map(16), map(65536),
  nested(90),
  new ExtData(5, bytes(1)), new ExtData(6, bytes(2)), new ExtData(7, bytes(4)), new ExtData(8, bytes(8)),
  new ExtData(9, bytes(16)), new ExtData(10, bytes(3)), new ExtData(-100, bytes(256)), new ExtData(127, bytes(70000)),
  timestamp(0, 0), timestamp(1700000000, 0), timestamp(1700000000, 123456789), timestamp(-1, 5), timestamp(2 ** 34, 999999999),
];

const encoded = values.map((value) => encode(value, { useBigInt64: true }));
// A float32 value as well: @msgpack/msgpack writes float64 unless asked.
encoded.push(encode(1.5, { forceFloat32: true }));
values.push(1.5);

writeFileSync(join(dir, "values.msgpack"), Buffer.concat(encoded));
const expected = values.map((value) => value?.expected ?? value);
writeFileSync(join(dir, "values.json"), "[" + expected.map(toJson).join(",") + "]");
