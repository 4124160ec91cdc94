#!/usr/bin/env python3
"""Regenerates this fixture output folder (run by hand, never by the build).

Unit texts are short excerpts of samples/shanghai_2023.txt, samples/shanghai_2024.txt and
samples/guowuyuan_2024.txt. Labels come from a toy keyword list (not the zh-policy pack); measures are
computed from those labels; test statistics (tests_*.csv) are INVENTED so that every kind of sentence in
the report (significant and not) is exercised. Schemas follow notes/CONTRACT.md "Output folder".
"""
import csv, io, json, math, os, struct, zlib, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
THEMES = ["economy", "innovation", "ecology", "livelihood"]
TERMS = {
    "economy": ["生产总值", "消费", "投资", "外贸", "经济"],
    "innovation": ["科技创新", "研发", "人工智能", "集成电路"],
    "ecology": ["生态", "污染防治", "碳达峰", "绿色低碳", "公园"],
    "livelihood": ["就业", "养老", "可支配收入", "托育", "医保"],
}
DOCS = [
    ("shanghai_2023", {"city": "shanghai", "year": "2023", "province": "上海市", "level": "municipality_direct"}, [
        (True, ["一、过去五年工作回顾"], "review", "一、过去五年工作回顾"),
        (False, ["一、过去五年工作回顾"], "review", "全市生产总值突破4万亿元大关，人均生产总值达到17.8万元左右。"),
        (False, ["一、过去五年工作回顾"], "review", "全社会研发经费支出相当于全市生产总值的比例提高到4.2%左右。"),
        (False, ["一、过去五年工作回顾"], "review", "全市公园从2017年的243座增加到670座。"),
        (True, ["三、2023年主要任务"], "plan", "三、2023年主要任务"),
        (False, ["三、2023年主要任务"], "plan", "积极稳妥推进碳达峰碳中和，倡导绿色低碳生活方式。"),
        (False, ["三、2023年主要任务"], "plan", "新增养老床位5000张、社区托育托额3200个。"),
        (False, ["三、2023年主要任务"], "plan", "各位代表，实干成就梦想，奋斗创造未来。"),
    ]),
    ("shanghai_2024", {"city": "shanghai", "year": "2024", "province": "上海市", "level": "municipality_direct"}, [
        (False, [], "other", "各位代表：现在，我代表上海市人民政府，向大会报告工作，请予审议。"),
        (True, ["一、2023年工作回顾"], "review", "一、2023年工作回顾"),
        (False, ["一、2023年工作回顾"], "review", "全市生产总值达到4.72万亿元，增长5%。"),
        (False, ["一、2023年工作回顾"], "review", "集成电路、生物医药、人工智能三大先导产业规模达到1.6万亿元。"),
        (True, ["二、2024年主要任务"], "plan", "二、2024年主要任务"),
        (False, ["二、2024年主要任务"], "plan", "深入打好污染防治攻坚战，建设绿色生态空间。"),
        (False, ["二、2024年主要任务"], "plan", "新增就业岗位55万个以上，完善医保支付机制。"),
    ]),
    ("guowuyuan_2024", {"city": "guowuyuan", "year": "2024", "province": "全国", "level": "national"}, [
        (True, ["一、2023年工作回顾"], "review", "一、2023年工作回顾"),
        (False, ["一、2023年工作回顾"], "review", "国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人。"),
        (False, ["一、2023年工作回顾"], "review", "科技创新实现新的突破，人工智能等前沿领域创新成果不断涌现。"),
        (False, ["一、2023年工作回顾"], "review", "出台支持汽车、家居、电子产品、旅游等消费政策，大宗消费稳步回升。"),
        (True, ["二、2024年政府工作任务"], "plan", "二、2024年政府工作任务"),
        (False, ["二、2024年政府工作任务"], "plan", "加强生态文明建设，推进绿色低碳发展。"),
    ]),
]
GROUP_VARS = ["city", "year", "province", "level"]
INTENSIFIERS = ["积极", "深入", "加快"]


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, int):
        return str(x)
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def matches(text):
    found = []
    for theme in THEMES:
        spans = []
        for term in TERMS[theme]:
            i = text.find(term)
            while i >= 0:
                spans.append((i, i + len(term), term))
                i = text.find(term, i + 1)
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
        for s, e, t in kept:
            found.append((s, e, theme, t))
    found.sort()
    return found


def wilson(k, n):
    if n == 0:
        return None, None
    z = 1.959964
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def write_csv(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([fmt(v) if not isinstance(v, str) else v for v in r])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


units_rows, evidence_rows, panel_rows, doc_units = [], [], [], {}
for doc, groups, units in DOCS:
    offset, paragraph, labelled = 0, 0, []
    for index, (heading, section, part, text) in enumerate(units):
        start, end = offset, offset + len(text)
        offset = end + 1  # one "\n" between units in the original text
        paragraph += 1
        found = matches(text)
        scores = {t: float(sum(1 for m in found if m[2] == t)) for t in THEMES}
        themes = [t for t in THEMES if scores[t] >= 1.0]
        primary = "none"
        if themes:
            best = max(scores[t] for t in themes)
            tied = [t for t in themes if scores[t] == best]
            primary = min(tied, key=lambda t: (min(m[0] for m in found if m[2] == t), THEMES.index(t)))
        hits_int = [w for w in INTENSIFIERS if w in text]
        units_rows.append([doc, index, paragraph, part, " > ".join(section), "true" if heading else "false", start, end,
                           ",".join(themes) if themes else "none", primary] + [scores[t] for t in THEMES]
                          + [float(len(hits_int)), "|".join(hits_int),
                             "|".join(f"{m[2]}.terms:{m[3]}" for m in found), text])
        for s, e, theme, term in found:
            evidence_rows.append([doc, index, f"{theme}.terms", theme, term, start + s, start + e, 1.0])
        labelled.append((part, text, themes, primary, found, len(hits_int)))
    doc_units[doc] = (groups, labelled)

MEASURES = ["units_primary", "units_primary_share", "units_any", "units_any_share", "char_share", "hits",
            "hits_per_10k_chars", "hits_per_1k_words", "intensity"]


def measures(labelled, part, theme):
    us = [u for u in labelled if part == "all" or u[0] == part]
    n = len(us)
    chars = sum(len(u[1]) for u in us)
    words = max(1, round(chars / 1.7))
    prim = sum(1 for u in us if u[3] == theme)
    if theme == "none":
        lo, hi = wilson(prim, n)
        return [("units_primary", prim, None, None), ("units_primary_share", prim / n if n else None, lo, hi)]
    anyc = sum(1 for u in us if theme in u[2])
    ch = sum(len(u[1]) for u in us if u[3] == theme)
    hits = sum(1 for u in us for m in u[4] if m[2] == theme)
    inten = sum(u[5] for u in us if theme in u[2])
    out = []
    lo, hi = wilson(prim, n)
    out.append(("units_primary", prim, None, None))
    out.append(("units_primary_share", prim / n if n else None, lo, hi))
    lo, hi = wilson(anyc, n)
    out.append(("units_any", anyc, None, None))
    out.append(("units_any_share", anyc / n if n else None, lo, hi))
    cs = ch / chars if chars else None
    out.append(("char_share", cs, None if cs is None else max(0.0, cs * 0.6), None if cs is None else min(1.0, cs * 1.4 + 0.01)))
    out.append(("hits", hits, None, None))
    out.append(("hits_per_10k_chars", hits * 10000 / chars if chars else None, None, None))
    out.append(("hits_per_1k_words", hits * 1000 / words, None, None))
    out.append(("intensity", float(inten), float(max(0, inten - 1)), float(inten + 1)))
    return out


for doc, (groups, labelled) in doc_units.items():
    for part in ["all", "review", "plan"]:
        for theme in THEMES + ["none"]:
            for m, v, lo, hi in measures(labelled, part, theme):
                panel_rows.append([doc] + [groups[g] for g in GROUP_VARS] + [part, theme, m, v, lo, hi])

group_rows = []
for gv in ["city", "year"]:
    values = sorted({g[gv] for g, _ in doc_units.values()})
    for value in values:
        pooled = [u for g, lab in doc_units.values() if g[gv] == value for u in lab]
        for part in ["all", "review", "plan"]:
            for theme in THEMES + ["none"]:
                for m, v, lo, hi in measures(pooled, part, theme):
                    group_rows.append([gv, value, part, theme, m, v, lo, hi])

write_csv("units.csv", ["document", "unit", "paragraph", "part", "section", "heading", "start", "end", "themes",
                        "primary"] + [f"score_{t}" for t in THEMES] + ["intensity", "intensifiers", "evidence", "text"],
          units_rows)
write_csv("evidence.csv", ["document", "unit", "rule", "theme", "text", "start", "end", "weight"], evidence_rows)
write_csv("panel_long.csv", ["document"] + GROUP_VARS + ["part", "theme", "measure", "value", "lower", "upper"], panel_rows)
write_csv("groups_long.csv", ["group_by", "group", "part", "theme", "measure", "value", "lower", "upper"], group_rows)
write_csv("tests_chisq.csv", ["group_by", "part", "statistic", "df", "p", "cramers_v", "n", "note"], [
    ["city", "all", 14.2, 4, 0.0067, 0.31, 19, ""],
    ["city", "plan", 2.1, 4, 0.72, 0.12, 7, "expected counts below 5 in 8 of 10 cells"],
])
write_csv("tests_residuals.csv", ["group_by", "part", "group", "theme", "observed", "expected", "residual", "p"], [
    ["city", "all", "shanghai", "ecology", 4, 1.9, 3.1, 0.0019],
    ["city", "all", "guowuyuan", "ecology", 1, 3.1, -2.4, 0.016],
    ["city", "all", "shanghai", "economy", 2, 2.6, -0.5, 0.62],
    ["city", "all", "guowuyuan", "economy", 3, 2.4, 0.6, 0.55],
])
write_csv("tests_pairwise.csv", ["group_by", "part", "theme", "group_a", "group_b", "share_a", "share_b", "test",
                                 "statistic", "p", "p_holm", "significant"], [
    ["city", "all", "ecology", "shanghai", "guowuyuan", 0.266667, 0.1, "two-proportion z", 2.9, 0.0037, 0.0148, "true"],
    ["city", "all", "economy", "shanghai", "guowuyuan", 0.133333, 0.3, "two-proportion z", -1.2, 0.23, 0.69, "false"],
])
write_csv("tests_jsd.csv", ["group_by", "part", "group_a", "group_b", "distance"], [
    ["city", "all", "guowuyuan", "shanghai", 0.183],
])
write_csv("tests_trend.csv", ["group_by", "group", "part", "theme", "measure", "n_years", "slope", "lower", "upper", "p"], [
    ["city", "shanghai", "all", "ecology", "units_primary_share", 2, 0.0125, -0.2, 0.22, 0.41],
    ["city", "guowuyuan", "all", "innovation", "units_primary_share", 4, 0.021, 0.008, 0.034, 0.004],
])
write_csv("tests_robustness.csv", ["group_by", "part", "theme", "measure_a", "measure_b", "spearman_rho", "n"], [
    ["city", "all", "ecology", "units_primary_share", "char_share", 0.94, 3],
])
write_csv("errors.csv", ["file", "stage", "message"], [])


def png(width, height, rows_rgb):
    raw = b"".join(b"\x00" + bytes(r) for r in rows_rgb)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


W, H = 120, 60
colors = [(0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167)]
rows = []
for y in range(H):
    row = []
    for x in range(W):
        bar = x // 30
        top = [20, 35, 10, 28][bar]
        row += list(colors[bar]) if y >= top and x % 30 > 4 else [255, 255, 255]
    rows.append(row)
with open(os.path.join(HERE, "charts", "theme_shares_by_document.png"), "wb") as f:
    f.write(png(W, H, rows))
with open(os.path.join(HERE, "charts", "theme_shares_by_document.svg"), "w", encoding="utf-8") as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">'
            '<rect x="5" y="20" width="25" height="40" fill="#0072B2"/><rect x="35" y="35" width="25" height="25" fill="#E69F00"/>'
            '<rect x="65" y="10" width="25" height="50" fill="#009E73"/><rect x="95" y="28" width="25" height="32" fill="#CC79A7"/></svg>')
with open(os.path.join(HERE, "charts", "heatmap_residuals_city.png"), "wb") as f:
    f.write(png(W, H, [sum(([(x * 2) % 256, 120, 255 - (y * 4) % 256] for x in range(W)), []) for y in range(H)]))
with open(os.path.join(HERE, "charts", "trend_city.svg"), "w", encoding="utf-8") as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">'
            '<polyline points="5,50 40,35 75,30 115,12" fill="none" stroke="#009E73" stroke-width="3"/></svg>')

inputs = []
for doc, _, _ in DOCS:
    p = os.path.join(HERE, "..", "..", "..", "..", "..", "samples", doc + ".txt")
    data = open(p, "rb").read()
    inputs.append({"path": f"samples/{doc}.txt", "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
run = {
    "policylens_version": "0.1.0",
    "rule_pack": {"name": "zh-policy", "version": "1.0.0", "sha256": "0" * 64},
    "inputs": inputs,
    "options": {"manifest": "samples/manifest.csv", "parts": ["all", "review", "plan"], "bootstrap": 1000, "seed": 42},
    "java_version": "17.0.15",
    "started": "2026-11-27T02:00:00Z",
    "finished": "2026-11-27T02:00:03Z",
}
with open(os.path.join(HERE, "run.json"), "w", encoding="utf-8") as f:
    json.dump(run, f, ensure_ascii=False, indent=2)
    f.write("\n")
