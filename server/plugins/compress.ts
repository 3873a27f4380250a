/**
 * Response compression (brotli or gzip, as the client accepts) for everything the server sends
 * above 1 KiB: GeoJSON layers, the flow map (6 MB of JSON at district scale), coverage, vector
 * tiles and the client's bundles. Government intranets are often slow links, and these
 * compress five- to tenfold. The event stream is written to the raw socket (hijacked), so it
 * is never buffered by a compressor and changes still arrive at once.
 */
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/** JSON, GeoJSON, text, JavaScript, CSS, SVG and Mapbox vector tiles (protobuf, mostly repeated keys). */
const COMPRESSIBLE = /^(application\/(json|geo\+json|javascript|vnd\.mapbox-vector-tile|x-protobuf)|text\/|image\/svg\+xml)/;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    customTypes: COMPRESSIBLE,
    // Brotli's default (11) costs ~1 s on 6 MB; 4 compresses nearly as well in tens of ms.
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}
