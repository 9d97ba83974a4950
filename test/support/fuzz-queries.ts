/** Random and malicious query strings, shared by the URL fuzz unit test and the browser test. */
/** Small seeded PRNG (mulberry32) so a failure can be replayed. */
export function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['zone', 'layers', 'opacity', 'lang', 'view', 'basemap', 'v', 'embed', 'zone[]', '__proto__', 'constructor', '', '%00'];
const VALUES = [
  'bagualing', 'NaN', 'Infinity', '-0', '1e309', '9'.repeat(400), '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)', '%E0%A4%A', '%', '%%', '../../etc/passwd', '114,22,12,0,0', '114.05,22.54,12,0,0,0', ',,,,', 'en', 'zh', 'fr',
  'core,belts', 'belts:50', 'belts:-5', '八卦岭', '\u202e\u0000', 'null', 'undefined', '{"a":1}', 'data:text/html,<b>x</b>', 'https://example.org/s.json',
  '__proto__', 'toString', '1', '2',
];

export function randomQuery(rand: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(rand() * KEYS.length)];
    let value = VALUES[Math.floor(rand() * VALUES.length)];
    if (rand() < 0.3) value += VALUES[Math.floor(rand() * VALUES.length)];
    const encode = rand() < 0.5;
    parts.push(`${encode ? encodeURIComponent(key) : key}=${encode ? encodeURIComponent(value) : value}`);
  }
  if (rand() < 0.1) parts.push('&&&=&');
  return `?${parts.join('&')}`;
}

