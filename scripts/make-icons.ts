/**
 * Draws the Teams app icons into appPackage/: color.png (192×192, a white speech bubble holding
 * document lines on the region's blue) and outline.png (32×32, the same mark in white on transparent).
 * Shapes are signed-distance functions, so edges get one pixel of anti-aliasing with no drawing library.
 * Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

type Rgb = [number, number, number];
/** Signed distance in pixels: negative inside the shape. */
type Shape = (x: number, y: number) => number;

const REGION_BLUE: Rgb = [0, 84, 150];
const WHITE: Rgb = [255, 255, 255];

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius;
  const hy = (bottom - top) / 2 - radius;
  return (x, y) => {
    const dx = Math.abs(x - cx) - hx;
    const dy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - radius;
  };
}

/** Convex polygon, vertices clockwise as seen on screen (y grows downwards). */
function polygon(points: Array<[number, number]>): Shape {
  return (x, y) => {
    let outside = -Infinity;
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[(i + 1) % points.length];
      const length = Math.hypot(bx - ax, by - ay);
      // Distance to the edge's line, positive on the outer side.
      outside = Math.max(outside, ((x - ax) * (by - ay) - (y - ay) * (bx - ax)) / length);
    }
    return outside;
  };
}

const union = (...shapes: Shape[]): Shape => (x, y) => Math.min(...shapes.map((shape) => shape(x, y)));
const subtract = (shape: Shape, hole: Shape): Shape => (x, y) => Math.max(shape(x, y), -hole(x, y));
const outline = (shape: Shape, width: number): Shape => (x, y) => Math.abs(shape(x, y)) - width / 2;

/** Coverage of a pixel centred at (x, y) by a shape: 1 inside, 0 outside, a ramp across the edge. */
const coverage = (shape: Shape, x: number, y: number) => Math.min(1, Math.max(0, 0.5 - shape(x + 0.5, y + 0.5)));

/** A speech bubble with a tail at the lower left, in fractions of the icon's size. */
function bubble(size: number, box: { left: number; top: number; right: number; bottom: number; radius: number }): Shape {
  const s = (v: number) => v * size;
  const tailTop = box.bottom - 0.04;
  return union(
    roundedRect(s(box.left), s(box.top), s(box.right), s(box.bottom), s(box.radius)),
    polygon([
      [s(0.3), s(tailTop)],
      [s(0.46), s(tailTop)],
      [s(0.26), s(box.bottom + 0.16)],
    ]),
  );
}

/** Horizontal rounded bars, one per width, like lines of text; all measures are fractions of the size. */
function documentLines(size: number, lines: { left: number; top: number; gap: number; thickness: number; widths: number[] }): Shape {
  const s = (v: number) => v * size;
  const { left, top, gap, thickness, widths } = lines;
  return union(
    ...widths.map((width, i) =>
      roundedRect(s(left), s(top + i * gap), s(left + width), s(top + i * gap + thickness), s(thickness / 2)),
    ),
  );
}

function paint(size: number, pixel: (x: number, y: number) => [...Rgb, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

const mix = (from: Rgb, to: Rgb, t: number): Rgb => from.map((c, i) => Math.round(c + (to[i] - c) * t)) as Rgb;

export function drawColorIcon(size = 192): Buffer {
  const mark = subtract(
    bubble(size, { left: 0.2, top: 0.2, right: 0.8, bottom: 0.7, radius: 0.1 }),
    documentLines(size, { left: 0.3, top: 0.32, gap: 0.1, thickness: 0.05, widths: [0.4, 0.4, 0.26] }),
  );
  return paint(size, (x, y) => [...mix(REGION_BLUE, WHITE, coverage(mark, x, y)), 255]);
}

export function drawOutlineIcon(size = 32): Buffer {
  // Edges on whole pixels keep a 32-pixel drawing crisp: a 2-pixel stroke centred on x = 4 covers pixels 3 and 4.
  const px = (n: number) => n / size;
  const mark = union(
    outline(bubble(size, { left: px(4), top: px(6), right: px(28), bottom: px(22), radius: px(4) }), 2),
    documentLines(size, { left: px(9), top: px(11), gap: px(5), thickness: px(2), widths: [px(14), px(9)] }),
  );
  return paint(size, (x, y) => [...WHITE, Math.round(255 * coverage(mark, x, y))]);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const appPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../appPackage');
  writeFileSync(path.join(appPackage, 'color.png'), drawColorIcon());
  writeFileSync(path.join(appPackage, 'outline.png'), drawOutlineIcon());
  console.log(`wrote ${appPackage}/color.png (192×192) and outline.png (32×32)`);
}
