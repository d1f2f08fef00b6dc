import { writeFileSync } from 'node:fs';
import { generate } from 'lean-qr';

/**
 * Writes a short Y4M video (the format Chromium's `--use-file-for-fake-video-capture` plays, looping) that shows
 * the QR code of `text`, black on white, as a learner would hold their phone up to the trainer's camera.
 */
export function writeQrVideo(text: string, path: string): void {
  const width = 640;
  const height = 480;
  const qr = generate(text);
  const quiet = 4;
  const modules = qr.size + quiet * 2;
  const scale = Math.floor(Math.min(width, height) / modules) - 1;
  const left = Math.floor((width - modules * scale) / 2);
  const top = Math.floor((height - modules * scale) / 2);
  // 4:2:0: a full-size luma plane, then two quarter-size chroma planes (128: no colour).
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (!qr.get(x, y)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = (top + (y + quiet) * scale + dy) * width;
        luma.fill(16, row + left + (x + quiet) * scale, row + left + (x + quiet + 1) * scale);
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, frame, frame, frame]));
}
