import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../../components/messaging/schema';
import {
  type FrameReport,
  keepShown,
  reportsOf,
  stillShown,
  withFrame,
} from '../../../entrypoints/background/frame-reports';

const report = (product: PageReport['product'], errors: number): PageReport => ({
  product,
  findings: errors
    ? [{ product: product ?? 'dpod', section: null, label: 'X', entryId: null, severity: 'error', count: errors }]
    : [],
});

describe('reports kept per frame', () => {
  it('keeps each frame apart: a later report of one frame replaces only its own', () => {
    let frames = withFrame({}, 0, { report: report('dropsuite', 2), at: 1 });
    frames = withFrame(frames, 7, { report: report('dpod', 3), at: 2 });
    frames = withFrame(frames, 7, { report: report('dpod', 1), at: 3 });
    expect(reportsOf(frames)).toEqual([report('dropsuite', 2), report('dpod', 1)]);
  });

  it('drops the report of a frame that is gone', () => {
    const entry: FrameReport = { report: report('dpod', 1), at: 1000 };
    expect(stillShown(entry, null)).toBe(false);
  });

  it('keeps a report while its document shows: same document id, or a document older than the report', () => {
    expect(
      stillShown({ report: report('dpod', 1), at: 1000, documentId: 'A' }, { documentId: 'A', timeOrigin: 5000 }),
    ).toBe(true);
    expect(stillShown({ report: report('dpod', 1), at: 1000 }, { timeOrigin: 900 })).toBe(true);
  });

  it('drops a report of the document a navigation or reload replaced', () => {
    expect(
      stillShown({ report: report('dpod', 1), at: 1000, documentId: 'A' }, { documentId: 'B', timeOrigin: 500 }),
    ).toBe(false);
    // Where the browser names no document (Firefox): a document whose navigation started after the report.
    expect(stillShown({ report: report('dpod', 1), at: 1000 }, { timeOrigin: 2000 })).toBe(false);
  });

  it('prunes a tab to the frames whose reports still speak for them', () => {
    const frames = {
      '0': { report: report('dropsuite', 1), at: 1000 },
      '4': { report: report('dpod', 2), at: 1000 },
      '9': { report: report('dpod', 5), at: 1000 },
    };
    const kept = keepShown(
      frames,
      new Map([
        ['0', { timeOrigin: 10 }],
        ['4', null],
        ['9', { timeOrigin: 3000 }],
      ]),
    );
    expect(Object.keys(kept)).toEqual(['0']);
  });
});
