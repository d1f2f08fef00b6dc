#!/usr/bin/env node
/**
 * The app icons of the web app manifest (`public/icons/`), drawn from the favicon's mark: 192 and 512 px "any"
 * icons (the rounded square as it is), and a 512 px maskable one (the mark on a full-bleed square, its wave and dot
 * inside the central 80% safe zone, so a launcher's circle or squircle mask never cuts them). Run by hand when the
 * mark changes (`node scripts/make-icons.mjs`); the PNGs are committed, so a build needs no image library.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const mark = /<g id="mark">([\s\S]*?)<\/g>/.exec(favicon)?.[1];
if (!mark) throw new Error('public/favicon.svg has no <g id="mark">');
const [, background] = /<rect[^>]*fill="([^"]+)"/.exec(mark) ?? [];
const drawing = mark.replace(/<rect[^>]*\/>/, '');

const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${mark}</svg>`;
// Maskable: a full square of the mark's colour; the drawing scaled to 70% about the centre (inside the 80% zone).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(4.8 4.8) scale(0.7)">${drawing}</g></svg>`;

mkdirSync('public/icons', { recursive: true });
for (const [name, svg, size] of [
  ['icon-192.png', any, 192],
  ['icon-512.png', any, 512],
  ['maskable-512.png', maskable, 512],
]) {
  const png = await sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
  writeFileSync(`public/icons/${name}`, png);
  console.log(`public/icons/${name}: ${size}×${size}, ${png.length} bytes`);
}
