// Writes tests/data/fsrs-reference.json: card histories replayed through ts-fsrs 5.4.2, which
// tests/scheduling/tst_fsrs.cpp replays through FsrsScheduler. Deterministic: the same seed gives the same
// file, in any time zone. From the repository root, with ts-fsrs installed in a scratch folder:
//
//   mkdir -p /tmp/fsrs-gen && cp tests/fsrs/package.json /tmp/fsrs-gen/
//   npm install --prefix /tmp/fsrs-gen                      # ts-fsrs 5.4.2, pinned
//   NODE_PATH=/tmp/fsrs-gen/node_modules node tests/fsrs/generate.mjs [OUTPUT] [--seed=N]
//       [--fuzz] [--long-term] [--retention=0.9] [--maximum-interval=36500]
//       [--learning-steps=1m,10m] [--relearning-steps=10m]
//
// ts-fsrs is found through NODE_PATH, the current directory or this folder. OUTPUT defaults to
// ../data/fsrs-reference.json beside this script. The options write variants for a one-off check
// (ARCHDECK_FSRS_VECTORS=variant.json ctest -R '^fsrs$'); the committed file uses the defaults.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PINNED = '5.4.2';
const here = dirname(fileURLToPath(import.meta.url));

function loadTsFsrs() {
    for (const base of [join(process.cwd(), 'package.json'), join(here, 'package.json')]) {
        try {
            return createRequire(base)('ts-fsrs');
        } catch (error) {
            if (error.code !== 'MODULE_NOT_FOUND') throw error;
        }
    }
    console.error(`ts-fsrs not found: install ts-fsrs@${PINNED}, point NODE_PATH at its folder`);
    process.exit(2);
}

const { fsrs, createEmptyCard, generatorParameters, State, FSRSVersion } = loadTsFsrs();
if (!FSRSVersion.startsWith(`v${PINNED} `)) {
    console.error(`ts-fsrs ${FSRSVersion} found, ${PINNED} required`);
    process.exit(2);
}

// ---- options ---------------------------------------------------------------------------------

const options = { seed: 20250125, output: join(here, '..', 'data', 'fsrs-reference.json') };
const settings = {};
const steps = (list) => (list ? list.split(',') : []); // "1m,10m" → ["1m", "10m"]; "" → none
for (const arg of process.argv.slice(2)) {
    const [key, value] = arg.split('=');
    if (key === '--seed') options.seed = Number(value);
    else if (key === '--fuzz') settings.enable_fuzz = true;
    else if (key === '--long-term') settings.enable_short_term = false;
    else if (key === '--retention') settings.request_retention = Number(value);
    else if (key === '--maximum-interval') settings.maximum_interval = Number(value);
    else if (key === '--learning-steps') settings.learning_steps = steps(value);
    else if (key === '--relearning-steps') settings.relearning_steps = steps(value);
    else if (!key.startsWith('--')) options.output = resolve(arg);
    else {
        console.error(`unknown option ${arg}`);
        process.exit(2);
    }
}
const params = generatorParameters({ enable_fuzz: false, ...settings });
const scheduler = fsrs(params);

// ---- helpers ---------------------------------------------------------------------------------

// mulberry32: small, seedable, the same on every Node version.
function makeRandom(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (low, high) => low + Math.floor(next() * (high - low + 1)), // both ends included
        pick: (items) => items[Math.floor(next() * items.length)],
        weighted(weights) { // { key: weight } → key
            const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
            let x = next() * total;
            for (const [key, w] of Object.entries(weights)) {
                if ((x -= w) < 0) return key;
            }
            return Object.keys(weights).at(-1);
        },
    };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const iso = (date) => date.toISOString().replace('.000Z', 'Z');
const at = (text) => new Date(text);

const stats = { reviews: 0, byStateRating: {}, byTiming: {}, longest: 0 };

// Replays `steps` ([{ at: Date, rating }]) on a card created at the first review.
function replay(name, steps) {
    let card = createEmptyCard(steps[0].at);
    const reviews = [];
    for (const step of steps) {
        const key = `${State[card.state]}/${step.rating}`;
        stats.byStateRating[key] = (stats.byStateRating[key] ?? 0) + 1;
        card = scheduler.next(card, step.at, step.rating).card;
        reviews.push({
            at: iso(step.at),
            rating: step.rating,
            expect: {
                state: State[card.state],
                stability: card.stability,
                difficulty: card.difficulty,
                due: iso(card.due),
                scheduled_days: card.scheduled_days,
                elapsed_days: card.elapsed_days,
                learning_steps: card.learning_steps,
                reps: card.reps,
                lapses: card.lapses,
            },
        });
    }
    stats.reviews += reviews.length;
    stats.longest = Math.max(stats.longest, reviews.length);
    return { name, reviews };
}

// A history whose times depend on the card: each entry is { rating, when(card) → Date }.
function replayAdaptive(name, start, plan) {
    let card = createEmptyCard(start);
    const steps = [];
    for (const [index, entry] of plan.entries()) {
        const time = index === 0 ? start : entry.when(card);
        steps.push({ at: time, rating: entry.rating });
        card = scheduler.next(card, time, entry.rating).card;
    }
    return replay(name, steps);
}

const onTime = (card) => card.due;
const after = (ms) => (card) => new Date(card.last_review.getTime() + ms);
const late = (ms) => (card) => new Date(card.due.getTime() + ms);
const plan = (ratings, when = onTime) => ratings.map((rating) => ({ rating, when }));

// ---- named cases -----------------------------------------------------------------------------

function namedCases() {
    const start = at('2025-01-25T17:15:00Z');
    const cases = [];
    const add = (name, ratings, when = onTime, from = start) =>
        cases.push(replayAdaptive(name, from, plan(ratings, when)));

    add('new card graded Good (the issue example)', [3]);
    add('new card graded Again: first step 1m', [1]);
    add('new card graded Hard: mean of the first two steps, 6m', [2]);
    add('new card graded Easy: graduates at once', [4]);
    add('learning: Good, Good graduates', [3, 3]);
    add('learning: Hard on the second step waits 6m, not 10m', [3, 2, 2, 3]);
    add('learning: Again goes back to the first step', [3, 1, 3, 3]);
    add('learning: Easy from the second step', [3, 4]);
    add('learning: Again three times then Good, Good', [1, 1, 1, 3, 3]);
    add('learning: Hard on the first step repeatedly', [2, 2, 2, 2, 3, 3]);
    add('review: Good on time ten times', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    add('review: Easy on time until the maximum interval and past it',
        [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 2, 3]);
    add('review: Hard on time over and over', [3, 3, ...Array(20).fill(2)]);
    add('review: lapse, relearning Good', [3, 3, 3, 3, 1, 3, 3, 3]);
    add('relearning: Hard waits 1.5 × 10m = 15m', [3, 3, 3, 1, 2, 2, 3]);
    add('relearning: Again in relearning is not another lapse', [3, 3, 3, 1, 1, 1, 3]);
    add('relearning: Easy graduates', [3, 3, 3, 3, 1, 4, 3]);
    add('lapse storm: Again in every review', [3, 3, ...Array(30).fill(1)]);
    add('review: alternating lapses and recoveries', [3, 3, 1, 3, 3, 1, 3, 3, 1, 3, 3, 1, 3, 3]);

    add('review: graded again the same day (short-term stability)', [3, 3, 3, 3, 2, 3, 4, 1],
        after(5 * MINUTE));
    add('learning: reviewed days late while still learning', [3, 3, 2, 1], late(3 * DAY));
    add('review: three years overdue', [3, 3, 3, 3, 3], late(3 * 365 * DAY));
    add('review: half way to due each time', [3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 1, 3],
        (card) => new Date((card.last_review.getTime() + card.due.getTime()) / 2));
    add('review: a minute early each time', [3, 3, 3, 3, 3, 3, 3, 3], late(-MINUTE));
    add('review: a day early each time', [4, 3, 3, 3, 3, 3, 3, 3], late(-DAY));

    // Elapsed days count UTC calendar dates, not 24-hour periods.
    cases.push(replay('calendar days: 23:59 then 00:01 is one day', [
        { at: at('2025-03-01T23:50:00Z'), rating: 4 },
        { at: at('2025-03-01T23:59:00Z'), rating: 3 },
        { at: at('2025-03-02T00:01:00Z'), rating: 3 },
        { at: at('2025-03-02T23:59:59Z'), rating: 3 },
        { at: at('2025-03-04T00:00:00Z'), rating: 2 },
    ]));
    cases.push(replay('calendar days: 00:01 then 23:59 is the same day', [
        { at: at('2025-03-01T00:01:00Z'), rating: 4 },
        { at: at('2025-03-01T23:59:00Z'), rating: 3 },
        { at: at('2025-03-01T23:59:30Z'), rating: 1 },
        { at: at('2025-03-02T00:00:00Z'), rating: 3 },
    ]));
    add('leap day and a year boundary', [4, 3, 3, 3, 1, 3], onTime, at('2024-02-28T22:00:00Z'));
    add('dates past 2038', [4, 4, 4, 4, 3, 3], late(400 * DAY), at('2037-12-31T23:30:00Z'));
    add('odd seconds', [3, 3, 3, 2, 3, 1, 3], late(17 * SECOND), at('2025-06-30T11:59:59Z'));
    return cases;
}

// ---- random cases ----------------------------------------------------------------------------

const PROFILES = {
    steady: { 1: 1, 2: 1, 3: 8, 4: 1 },
    struggling: { 1: 4, 2: 3, 3: 3, 4: 0.5 },
    confident: { 1: 0.5, 2: 0.5, 3: 4, 4: 4 },
    uniform: { 1: 1, 2: 1, 3: 1, 4: 1 },
    hesitant: { 1: 1, 2: 5, 3: 3, 4: 0.3 },
};

const TIMINGS = {
    'on time': 5,
    early: 2,
    late: 3,
    'very late': 0.6,
    'same day': 1,
    'around due': 1.5,
    'near midnight': 0.6,
};

function reviewTime(random, card, kind) {
    const last = card.last_review.getTime();
    const due = card.due.getTime();
    const span = Math.max(due - last, MINUTE);
    let time;
    switch (kind) {
    case 'on time':
        time = due;
        break;
    case 'early':
        time = last + Math.floor(random.next() * span);
        break;
    case 'late':
        time = due + Math.floor(random.next() * span * random.pick([0.1, 0.5, 1, 2, 4]));
        break;
    case 'very late':
        time = due + random.int(30, 5 * 365) * DAY + random.int(0, DAY);
        break;
    case 'same day':
        time = last + random.int(1, 180) * MINUTE;
        break;
    case 'around due':
        time = due + random.int(-12 * HOUR, 12 * HOUR);
        break;
    case 'near midnight': { // just before or just after a UTC midnight near the due date
        const midnight = Math.floor(due / DAY) * DAY + random.int(0, 1) * DAY;
        time = midnight + random.int(-5 * MINUTE, 5 * MINUTE);
        break;
    }
    }
    time = Math.round(time / SECOND) * SECOND; // whole seconds, as in the file format
    return new Date(Math.max(time, last));
}

function randomCase(random, index) {
    const profileName = random.pick(Object.keys(PROFILES));
    const lengthKind = random.weighted({ short: 4, medium: 4, long: 1.5 });
    const length = { short: random.int(2, 8), medium: random.int(9, 24), long: random.int(30, 50) }[
        lengthKind];
    const start = new Date(Date.UTC(2019, 0, 1) + random.int(0, 7 * 365) * DAY
        + random.int(0, DAY / SECOND - 1) * SECOND);
    let card = createEmptyCard(start);
    const steps = [];
    const timings = {};
    for (let i = 0; i < length; ++i) {
        const rating = Number(random.weighted(PROFILES[profileName]));
        let time = start;
        if (i > 0) {
            const kind = random.weighted(TIMINGS);
            timings[kind] = (timings[kind] ?? 0) + 1;
            stats.byTiming[kind] = (stats.byTiming[kind] ?? 0) + 1;
            time = reviewTime(random, card, kind);
        }
        steps.push({ at: time, rating });
        card = scheduler.next(card, time, rating).card;
    }
    const name = `random ${String(index).padStart(3, '0')}: ${profileName}, ${length} reviews`;
    return replay(name, steps);
}

// ---- output ----------------------------------------------------------------------------------

const random = makeRandom(options.seed);
const cases = [...namedCases()];
for (let i = 1; i <= 190; ++i) cases.push(randomCase(random, i));

const header = {
    generator:
        `ts-fsrs ${PINNED} (${FSRSVersion}) via tests/fsrs/generate.mjs, seed ${options.seed}`,
    params: {
        w: Array.from(params.w),
        request_retention: params.request_retention,
        maximum_interval: params.maximum_interval,
        enable_fuzz: params.enable_fuzz,
        enable_short_term: params.enable_short_term,
        learning_steps: Array.from(params.learning_steps),
        relearning_steps: Array.from(params.relearning_steps),
    },
};

// One review per line: small diffs when ts-fsrs or the generator changes.
const lines = ['{'];
lines.push(`  "generator": ${JSON.stringify(header.generator)},`);
lines.push(`  "params": ${JSON.stringify(header.params)},`);
lines.push('  "cases": [');
cases.forEach((testCase, caseIndex) => {
    lines.push(`    {"name": ${JSON.stringify(testCase.name)}, "reviews": [`);
    testCase.reviews.forEach((review, reviewIndex) => {
        const comma = reviewIndex + 1 < testCase.reviews.length ? ',' : '';
        lines.push(`      ${JSON.stringify(review)}${comma}`);
    });
    lines.push(`    ]}${caseIndex + 1 < cases.length ? ',' : ''}`);
});
lines.push('  ]');
lines.push('}');
writeFileSync(options.output, lines.join('\n') + '\n');

console.error(`wrote ${options.output}: ${cases.length} cases, ${stats.reviews} reviews, ` +
    `longest ${stats.longest}`);
console.error('state before / rating:', JSON.stringify(stats.byStateRating));
console.error('timing of random reviews:', JSON.stringify(stats.byTiming));
