// Re-encodes an 8-bit RGBA PNG (as Chromium's screenshots are) with a palette of at most 16
// colours: a 32×32 icon drawn in two colours then weighs a third of the original. Used by
// scripts/icons.ts; k-means in RGBA space, seeded with the most frequent colours (deterministic).
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    found.push({ type: png.toString('latin1', offset + 4, offset + 8), data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return found;
}

/** The RGBA pixels of a non-interlaced 8-bit RGB or RGBA PNG. */
function decodeRgba(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG file');
  const all = chunks(png);
  const header = all.find((chunk) => chunk.type === 'IHDR')!.data;
  const [width, height, depth, colourType, interlace] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[12]];
  if (depth !== 8 || (colourType !== 6 && colourType !== 2) || interlace !== 0) throw new Error('Only 8-bit RGB or RGBA non-interlaced PNG files are handled');
  const raw = inflateSync(Buffer.concat(all.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const paeth = () => {
        const estimate = left + up - upLeft;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter]!;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels };
  const rgba = new Uint8Array(width * height * 4).fill(255);
  for (let index = 0; index < width * height; index++) rgba.set(pixels.subarray(index * 3, index * 3 + 3), index * 4);
  return { width, height, pixels: rgba };
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function toPalettePng(rgbaPng: Buffer, colours = 16): Buffer {
  const { width, height, pixels } = decodeRgba(rgbaPng);
  const count = width * height;
  const pixel = (index: number) => [...pixels.subarray(index * 4, index * 4 + 4)];
  const frequency = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const key = pixel(index).join();
    frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  let palette = [...frequency.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, colours).map(([key]) => key.split(',').map(Number));
  const nearest = (rgba: number[]) => {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((entry, position) => {
      const distance = entry.reduce((sum, value, channel) => sum + (value - rgba[channel]!) ** 2, 0);
      if (distance < bestDistance) [best, bestDistance] = [position, distance];
    });
    return best;
  };
  let indices = new Uint8Array(count);
  for (let round = 0; round < 10; round++) {
    indices = Uint8Array.from({ length: count }, (_, index) => nearest(pixel(index)));
    // Each palette entry moves to the mean of the pixels it is nearest to (one pass over them).
    const sums = palette.map(() => [0, 0, 0, 0, 0]);
    indices.forEach((position, index) => {
      const sum = sums[position]!;
      for (let channel = 0; channel < 4; channel++) sum[channel]! += pixels[index * 4 + channel]!;
      sum[4]! += 1;
    });
    palette = palette.map((entry, position) => {
      const sum = sums[position]!;
      return sum[4] ? sum.slice(0, 4).map((total) => Math.round(total / sum[4]!)) : entry;
    });
  }
  indices = Uint8Array.from({ length: count }, (_, index) => nearest(pixel(index)));
  const rowBytes = Math.ceil(width / 2);
  const raw = Buffer.alloc(height * (rowBytes + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (rowBytes + 1) + 1 + (x >> 1)]! |= indices[y * width + x]! << (x % 2 ? 0 : 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([4, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap((entry) => entry.slice(0, 3)))),
    chunk('tRNS', Buffer.from(palette.map((entry) => entry[3]!))),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
