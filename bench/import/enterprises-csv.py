#!/usr/bin/env python3
"""Writes N enterprises in the import layout (CSV, UTF-8) to stdout, for measuring the import.

Usage: bench/import/enterprises-csv.py N [FIRST] > enterprises.csv
Credit codes 91330302MA<7 digits><check> from FIRST (default 1); every row valid, with one qualification and
the tag 眼镜. The check character follows GB 32100.
"""
import sys

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body):
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


def main():
    n = int(sys.argv[1])
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    out = sys.stdout
    out.write("统一社会信用代码,企业名称,所属区划代码,行业代码,联系人,联系电话,从业人员,营业收入(万元),成立日期,资质荣誉,标签\n")
    for i in range(first, first + n):
        code = credit_code("91330302MA%07d" % i)
        out.write("%s,温州测试企业%d有限公司,330302,C3587,王经理,1380000%04d,%d,%d,2015-03-01,"
                  "HIGH_TECH|GR2023%d|2023-01-01|2026-12-31,眼镜\n"
                  % (code, i, i % 10000, 10 + i % 200, 1000 + i % 5000, i))


if __name__ == "__main__":
    main()
