// Renders values decoded by @msgpack/msgpack as the JSON that OrsCompiler.Runtime's MessagePackJson writes, so the
// .NET tests can compare an independent decoder's view with ours. Conventions (shared with MessagePackJson):
// bin -> {"$bin": base64}, ext -> {"$ext": type, "data": base64}, timestamp -> {"$timestamp": [sec, nsec]},
// non-finite float -> {"$float": "NaN" | "Infinity" | "-Infinity"}, int64/uint64 -> exact digits.
import { ExtensionCodec, ExtData, EXT_TIMESTAMP, decodeTimestampToTimeSpec } from "@msgpack/msgpack";

export class Timestamp {
  constructor(sec, nsec) {
    this.sec = sec;
    this.nsec = nsec;
  }
}

// Decode timestamps to seconds + nanoseconds instead of a millisecond Date, so nothing is rounded away.
export const extensionCodec = new ExtensionCodec();
extensionCodec.register({
  type: EXT_TIMESTAMP,
  encode: () => null,
  decode: (data) => {
    const spec = decodeTimestampToTimeSpec(data);
    return new Timestamp(spec.sec, spec.nsec);
  },
});

export const decodeOptions = { extensionCodec, useBigInt64: true };

const base64 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");

export function toJson(value) {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "string":
      return JSON.stringify(value);
    case "number":
      if (Number.isNaN(value)) return '{"$float":"NaN"}';
      if (!Number.isFinite(value)) return value > 0 ? '{"$float":"Infinity"}' : '{"$float":"-Infinity"}';
      return String(value);
  }
  if (value instanceof Uint8Array) return `{"$bin":"${base64(value)}"}`;
  if (value instanceof Timestamp) return `{"$timestamp":[${value.sec},${value.nsec}]}`;
  if (value instanceof ExtData) return `{"$ext":${value.type},"data":"${base64(value.data)}"}`;
  if (Array.isArray(value)) return "[" + value.map(toJson).join(",") + "]";
  return "{" + Object.entries(value).map(([key, item]) => JSON.stringify(key) + ":" + toJson(item)).join(",") + "}";
}
