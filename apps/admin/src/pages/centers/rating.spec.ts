import { starGlyphs, starsFor, sumOfWeights, thresholdsInOrder, weightedTotal } from './rating';

const criteria = [
  { key: 'site', label: '场地设施', weight: 20 },
  { key: 'staff', label: '人员配备', weight: 15 },
  { key: 'services', label: '服务开展', weight: 25 },
  { key: 'volume', label: '服务量', weight: 20 },
  { key: 'ratings', label: '满意度', weight: 10 },
  { key: 'records', label: '台账', weight: 10 },
];

describe('star rating arithmetic', () => {
  it('weighs each score by its criterion and rounds to one decimal', () => {
    // 1800 + 1200 + 2125 + 1400 + 950 + 600 = 8075 points: 80.75, shown as 80.8.
    expect(weightedTotal({ site: 90, staff: 80, services: 85, volume: 70, ratings: 95, records: 60 }, criteria)).toBe(
      80.8,
    );
    // 83 × 15 / 100 = 12.45: half a tenth rounds up, as the API rounds it.
    expect(
      weightedTotal({ a: 83, b: 0 }, [
        { key: 'a', label: 'a', weight: 15 },
        { key: 'b', label: 'b', weight: 85 },
      ]),
    ).toBe(12.5);
  });

  it('counts a criterion not yet scored as 0', () => {
    expect(weightedTotal({ site: 100 }, criteria)).toBe(20);
    expect(weightedTotal({}, criteria)).toBe(0);
  });

  it('gives one star below the first threshold and one more for each threshold reached', () => {
    const thresholds: [number, number, number, number] = [60, 70, 80, 90];
    expect(starsFor(59.9, thresholds)).toBe(1);
    expect(starsFor(60, thresholds)).toBe(2);
    expect(starsFor(80.8, thresholds)).toBe(4);
    expect(starsFor(100, thresholds)).toBe(5);
  });

  it('draws stars as five glyphs', () => {
    expect(starGlyphs(3)).toBe('★★★☆☆');
    expect(starGlyphs(5)).toBe('★★★★★');
  });

  it('checks the weights and thresholds of a checklist', () => {
    expect(sumOfWeights(criteria)).toBe(100);
    expect(sumOfWeights([{ weight: 30 }, undefined, {}])).toBe(30);
    expect(thresholdsInOrder([60, 70, 80, 90])).toBe(true);
    expect(thresholdsInOrder([60, 60, 80, 90])).toBe(false);
    expect(thresholdsInOrder([60, 70, 80, 101])).toBe(false);
    expect(thresholdsInOrder([60, 70, 80])).toBe(false);
  });
});
