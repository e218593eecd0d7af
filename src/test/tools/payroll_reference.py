#!/usr/bin/env python3
"""Independent reference for the payroll tests: HMRC's PAYE tax table routines and Class 1 NI
(exact percentage method), written with exact fractions straight from the specifications, not
from the Java code. Regenerates src/test/resources/payroll/*.csv:

    python3 src/test/tools/payroll_reference.py

Every case is deterministic (seeded), so the files only change when this script does.
"""
import csv, json, random, os
from fractions import Fraction as F
from math import floor, ceil

ROOT = os.path.join(os.path.dirname(__file__), '..')
RATES = {y: json.load(open(os.path.join(ROOT, 'src/main/resources/rates', y + '.json'))) for y in ('2024-25', '2025-26', '2026-27')}
UNITS = {'weekly': (1, 52, 52), 'fortnightly': (2, 52, 26), 'four-weekly': (4, 52, 13), 'monthly': (1, 12, 12)}

def trunc4(x):  # keep four decimal places, disregard the rest
    return F(floor(x * 10000), 10000)

def parse(code):
    c = code.upper().replace(' ', '')
    nc = False
    for tail in ('W1', 'M1', 'X'):
        if c.endswith(tail) and len(c) > len(tail) and not c == 'X':
            # 'X' can only be a marker after a full code
            body = c[:-len(tail)]
            if body and (body[-1] in 'LMNT' or body in ('BR', 'NT') or body[-1].isdigit()):
                c, nc = body, True
                break
    region = 'rUK'
    if c[0] in 'SC' and c not in ('NT',):
        region = 'scotland' if c[0] == 'S' else 'wales'
        c = c[1:]
    if c == 'BR': return region, 'BR', 0, nc
    if c == 'NT': return region, 'NT', 0, nc
    if c[0] == 'D': return region, 'D', int(c[1:]), nc
    if c[0] == 'K': return region, 'K', int(c[1:]), nc
    return region, 'L', int(c[:-1]), nc

def pay_adjustment_period1(n, per_year):
    if n == 0: return F(0)
    q, r = divmod(n - 1, 500); r += 1
    part = F(ceil(F((r * 10 + 9) * 100, per_year)), 100)
    block = F(ceil(F(500000, per_year)), 100)
    return part + q * block

def tax_due(bands, U, n, base):
    if U <= 0: return F(0)
    T = F(floor(U))
    lim_below, c_below, k_below, ktot = 0, F(0), F(0), F(0)
    for i, b in enumerate(bands):
        r = F(b['rate']) / 100
        if 'upTo' not in b or U <= ceil(F(b['upTo'] * n, base)):
            tax = k_below + (T - c_below) * r
            return F(floor(tax * 100), 100)
        ktot += (b['upTo'] - lim_below) * r
        c_below = trunc4(F(b['upTo'] * n, base))
        k_below = trunc4(ktot * n / base)
        lim_below = b['upTo']

def paye(year, freq, period, code, w1, gross, prev_pay, prev_tax):
    region, kind, num, nc = parse(code)
    nc = nc or w1
    per, base, ppy = UNITS[freq]
    extra = freq != 'monthly' and period > ppy
    cumulative = not nc and not extra
    n = period * per if cumulative else per
    P = prev_pay + gross if cumulative else gross
    paid = prev_tax if cumulative else F(0)
    reg = RATES[year]['incomeTax']['regions'][region]
    bands = reg['bands']
    if kind == 'NT':
        L = F(0)
    elif kind in ('BR', 'D'):
        names = [b['name'] for b in bands]
        idx = names.index(reg['basicRate']) + (0 if kind == 'BR' else 1 + num)
        L = F(floor(F(max(0, floor(P))) * F(bands[idx]['rate']))) / 100 if P > 0 else F(0)
    else:
        adj = pay_adjustment_period1(num, base) * n
        U = P + adj if kind == 'K' else P - adj
        L = tax_due(bands, U, n, base)
    tax = L - paid
    limit = F(floor(gross * 50), 100)
    if tax > limit: tax = limit
    if not cumulative and tax < 0: tax = F(0)
    return tax

def ni_round(x):  # x in pounds, exact: look at the third decimal only
    thousandths = floor(x * 1000)
    pence, third = divmod(thousandths, 10)
    return F(pence + (1 if third >= 6 else 0), 100)

def ni(year, freq, cat, gross):
    doc = RATES[year]['nationalInsurance']
    t = {k: F(v) for k, v in doc['thresholds'][freq].items()}
    main, red, add, er = (F(doc[k]) / 100 for k in ('employeeMainPercent', 'employeeReducedPercent', 'employeeAdditionalPercent', 'employerPercent'))
    band = lambda lo, hi=None: max(F(0), (min(gross, hi) if hi is not None else gross) - lo)
    if cat in 'AHMVF': ee = band(t['pt'], t['uel']) * main + band(t['uel']) * add
    elif cat in 'BI': ee = band(t['pt'], t['uel']) * red + band(t['uel']) * add
    elif cat in 'JZL': ee = band(t['pt']) * add
    else: ee = F(0)
    start = {'A': 'st', 'B': 'st', 'C': 'st', 'J': 'st', 'H': 'aust', 'M': 'ust', 'Z': 'ust', 'V': 'vust', 'F': 'fust', 'I': 'fust', 'L': 'fust', 'S': 'fust'}.get(cat)
    erv = band(t[start]) * er if start else F(0)
    return ni_round(ee), ni_round(erv)

def money(x):
    return '%.2f' % (F(x))  # Fractions here are always whole pence

def fmt(f):
    s = '-' if f < 0 else ''
    f = abs(f)
    return s + '%d.%02d' % (int(f), int(round((f - int(f)) * 100)))

def main():
    rnd = random.Random(20250406)
    years = list(RATES)
    freqs = list(UNITS)
    codes = ['1257L', 'S1257L', 'C1257L', '0T', 'S0T', 'C0T', '1000L', '1001L', '500L', '501L', '100T', '45L', '1383M', '1131N',
             '1257T', 'K585', 'K100', 'SK100', 'CK475', 'K1', 'K1000', 'BR', 'SBR', 'CBR', 'D0', 'D1', 'SD0', 'SD1', 'SD2', 'SD3',
             'CD0', 'CD1', 'NT', '2513L', '9999L', '1257L W1', '1257L M1', 'S1257L X', 'K585 M1']
    out = os.path.join(ROOT, 'src/test/resources/payroll')
    with open(os.path.join(out, 'paye-reference.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['tax_year', 'frequency', 'period', 'tax_code', 'week1_month1', 'gross', 'prev_taxable_pay', 'prev_tax_paid', 'expected_tax'])
        for i in range(420):
            year = years[i % 3]
            freq = freqs[(i // 3) % 4]
            code = codes[i % len(codes)]
            per, base, ppy = UNITS[freq]
            last = ppy + (0 if freq == 'monthly' else 1)
            period = rnd.choice([1, 1, 2, ppy // 2, ppy, last, rnd.randint(1, last)])
            w1 = rnd.random() < 0.15
            scale = {'weekly': 1, 'fortnightly': 2, 'four-weekly': 4, 'monthly': F(52, 12)}[freq]
            gross = F(rnd.choice([0, 1, 123, 241, 500, 967, 1200, 3000, 9000, 40000]) * 100 * scale + rnd.randint(0, 99999), 100)
            gross = F(floor(gross * 100), 100)
            before = period - 1
            prev_pay = F(floor(gross * before * F(rnd.choice([50, 80, 100, 100, 120, 300]), 100) * 100), 100) if before else F(0)
            prev_tax = F(floor(prev_pay * F(rnd.choice([0, 10, 15, 20, 25, 40]), 100) * 100), 100)
            tax = paye(year, freq, period, code, w1, gross, prev_pay, prev_tax)
            w.writerow([year, freq, period, code, 'true' if w1 else 'false', fmt(gross), fmt(prev_pay), fmt(prev_tax), fmt(tax)])
    with open(os.path.join(out, 'ni-reference.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['tax_year', 'frequency', 'category', 'gross', 'expected_employee', 'expected_employer'])
        cats = 'ABCHJMXZFILSV'
        for i in range(390):
            year = years[i % 3]
            freq = freqs[(i // 3) % 4]
            cat = cats[i % len(cats)]
            t = RATES[year]['nationalInsurance']['thresholds'][freq]
            anchor = rnd.choice([0, t['lel'], t['pt'], t['st'], t['uel'], t['fust'], t['uel'] * 2])
            gross = F(max(0, anchor * 100 + rnd.randint(-5000, 5000)), 100)
            ee, er = ni(year, freq, cat, gross)
            w.writerow([year, freq, cat, fmt(gross), fmt(ee), fmt(er)])

if __name__ == '__main__':
    main()
