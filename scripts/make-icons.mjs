#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-<size>.png) with nothing but Node's zlib, so no image tool is
// needed and the output is byte-for-byte reproducible: run `node scripts/make-icons.mjs` after changing
// the design and commit the PNGs. Design: a green rounded square with a white bar chart and a check mark
// (a scorecard that passes), flat, readable at 16 px.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "assets");

/** Sizes Office asks for: 16/32/80 ribbon, 32 IconUrl, 64 HighResolutionIconUrl, 128 store listing. */
export const ICON_SIZES = [16, 32, 64, 80, 128];

const GREEN = [16, 124, 65]; // Excel-like green, dark enough for white marks to read at 16 px
const WHITE = [255, 255, 255];

// --- geometry in a unit square (0..1), sampled with supersampling for anti-aliasing ---

function insideRoundedSquare(x, y) {
  const m = 0.03; // small margin so the edge is not clipped
  const r = 0.2;
  if (x < m || x > 1 - m || y < m || y > 1 - m) return false;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)),
  );
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideMark(x, y) {
  // Three rising bars on the left, bottom-aligned.
  const bars = [
    [0.14, 0.24, 0.62],
    [0.28, 0.38, 0.47],
    [0.42, 0.52, 0.32],
  ];
  for (const [x0, x1, top] of bars) {
    if (x >= x0 && x <= x1 && y >= top && y <= 0.82) return true;
  }
  // A check mark over the right half.
  const w = 0.065;
  return (
    distToSegment(x, y, 0.61, 0.58, 0.7, 0.69) <= w ||
    distToSegment(x, y, 0.7, 0.69, 0.87, 0.3) <= w
  );
}

function renderRgba(size) {
  const ss = 4; // 4x4 samples per pixel
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inBg = 0;
      let inMark = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (insideRoundedSquare(x, y)) {
            inBg++;
            if (insideMark(x, y)) inMark++;
          }
        }
      }
      const n = ss * ss;
      const alpha = inBg / n;
      const o = (py * size + px) * 4;
      if (inBg === 0) continue; // fully transparent
      const markShare = inMark / inBg;
      for (let c = 0; c < 3; c++) {
        rgba[o + c] = Math.round(
          GREEN[c] * (1 - markShare) + WHITE[c] * markShare,
        );
      }
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

// --- PNG encoding (RFC 2083): signature, IHDR, one IDAT, IEND ---

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  // Each scanline starts with filter byte 0 (None): simplest, and these images are tiny.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    const png = encodePng(size, renderRgba(size));
    writeFileSync(file, png);
    console.log(`${file}: ${size}x${size}, ${png.length} bytes`);
  }
}
