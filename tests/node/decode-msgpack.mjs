// Independent decoder for the .NET tests: decodes each file given on the command line with @msgpack/msgpack and
// prints one JSON line per file: {"values": [every value of the file]} or, with --blob, also
// {"body": [the values of the payload, inflated when the header says "deflate"]}.
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { decodeMulti } from "@msgpack/msgpack";
import { decodeOptions, toJson } from "./msgpack-json.mjs";

const args = process.argv.slice(2);
const blobMode = args[0] === "--blob";
const files = blobMode ? args.slice(1) : args;

for (const file of files) {
  const values = [...decodeMulti(readFileSync(file), decodeOptions)];
  const result = { values };
  if (blobMode) {
    const [magic, header, payload] = values;
    if (magic !== "ORSDOC" || !(payload instanceof Uint8Array)) {
      throw new Error(`${file}: not an ORS document blob`);
    }
    const body = header.compression === "deflate" ? inflateRawSync(payload) : payload;
    result.body = [...decodeMulti(body, decodeOptions)];
  }
  process.stdout.write(toJson(result) + "\n");
}
