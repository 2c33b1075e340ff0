"""Case structure against the hand-written gold (bench/case_gold.py scores; this test holds the floors).

The gold (tests/gold/authored/d*.json, tests/gold/seeds/*.json; CASES_GOLD_DIR overrides the
directory) is written from the texts by people, never from extractor output. Only the development
set and the seeds are held to floors here; the held-out texts are scored by `make bench` and are not
developed on. Floors sit a little under the figures measured when they were set, so a change that
makes any field worse on these texts fails.
"""

from __future__ import annotations

import pytest

from bench.case_gold import Score, _same, gold_cases, leads_match, not_fact_kind, score_case

# field → floor (ratios) or ceiling (counts), per set
FLOORS: dict[str, dict[str, float]] = {
    # measured 2026-11-28 (extractor 19) on 478 dev texts (d26-d478: the first to eighteenth held-out sets, by
    # annotators who never ran the extractor; gold audited against GUIDELINES, tests/gold/AUDIT.md):
    # measures P 1.000 R 1.000, brands P 0.967 R 0.961, facts P 1.000 R 0.999, subject whole 0.520 (the
    # twelfth and fifteenth to eighteenth annotators' subjects are short: 0.20-0.38), region exact 0.998, titles 1.000;
    # 2026-11-29, the nineteenth and twentieth sets renamed in (528 texts, extractor 19 unchanged): brands P 0.953
    # R 0.960, subject whole 0.509, region exact 0.991 with 5 partial, titles 0.996; round L (extractor 19 + round-L
    # rules, same 528 texts, 4 gold brands audited): brands P 0.969 R 0.961, facts P 1.000 R 0.999, region exact
    # 0.996 with 2 partial, titles 1.000; the 21st and 22nd sets renamed in unread (578 texts, extractor 20):
    # brands P 0.944 R 0.961, measures R 0.987, subject whole 0.485, 2 not-facts taken (round M reads them);
    # lexicon round G (777 widespread terms, same 578 texts, extractor 20): brands P 0.946 R 0.961;
    # round M (extractor 20 + round-M rules, 578 texts, 5 gold facts and 5 gold brands audited): measures P 1.000
    # R 1.000, facts P 1.000 R 0.999, no not-fact taken, author_org 0.997, source_outlet 1.000, brands P 0.951;
    # the 23rd and 24th sets renamed in unread (628 texts, extractor 21): brands P 0.933 R 0.958, subject 0.478,
    # 1 not-fact taken, 3 regions partial (round N reads them); round N (extractor 21 + round-N rules, 628 texts,
    # 6 gold facts `三件事` moved to not_facts, 2 apposition counts added and 4 gold meetings audited to the settled
    # note, AUDIT): measures P 1.000 R 1.000, facts P 1.000 R 0.999, no not-fact taken, titles 1.000, author_org
    # 0.997, source_outlet 1.000, brands P 0.952 R 0.958; the 25th and 26th sets renamed in unread (678 texts,
    # extractor 22): measures P 0.992 R 0.997, brands P 0.930 R 0.956, subject 0.472, 8 not-facts taken, 4 regions
    # partial (round O reads them); round O (extractor 22 + round-O rules, 678 texts, 2 gold plan-only brands and 4
    # gold facts audited: d313, d323 scales, d639 a relative time point, d519 an apposition count): measures P 1.000
    # R 1.000, facts P 1.000 R 0.999, no not-fact taken, author_org 0.997, source_outlet 1.000, brands P 0.940 R 0.956;
    # the 27th and 28th sets renamed in unread (727 texts, extractor 24): measures P 0.998 R 0.998, brands P 0.932
    # R 0.951, subject 0.466, facts P 0.999 R 0.999, titles 0.999 (round P reads them); round P (extractor 24 +
    # round-P rules, 727 texts, 8 gold facts and 1 published_at audited in d704-d708, 1 gold brand in d536, 1
    # source_outlet in d238): measures P 1.000 R 1.000, facts P 1.000 R 0.999, titles 1.000, region exact 0.997
    # (2 partial), author_org 0.997, source_outlet 1.000, brands P 0.941 R 0.953; the 29th and 30th sets renamed in
    # unread (777 texts, extractor 25): measures P 0.999 R 0.999, brands P 0.933 R 0.952, subject 0.460, region exact
    # 0.995 (4 partial), 1 gold fact not located (round Q reads them); round Q (extractor 25 + round-Q rules, gold
    # contexts of d732 and d197 fixed, AUDIT): measures P 1.000 R 1.000, facts P 1.000 R 0.999, region exact 0.999
    # (1 partial, 0 wrong), no gold fact unlocated, brands P 0.938 R 0.954, subject 0.459; the 31st and 32nd sets
    # renamed in unread (827 texts, extractor 26): measures P 1.000 R 0.999, brands P 0.933 R 0.950, facts P 0.999
    # R 0.999, 6 not-facts taken, 1 region wrong, 1 gold fact not located, published_at 0.995, source_outlet 0.996
    # (round R reads them); round R (extractor 26 + round-R rules, 827 texts, 11 gold files audited: 4 published_at
    # minutes, 5 not-facts back to span facts and 4 older lead times to not_facts, 1 context, 1 story count): measures
    # P 1.000 R 1.000, facts P 1.000 R 0.999, no not-fact taken, no region wrong, no gold fact unlocated, published_at
    # 1.000, source_outlet 1.000, author_org 0.998, brands P 0.940 R 0.955 (19 false and 12 missed fewer); the 33rd
    # and 34th sets renamed in unread (877 texts, extractor 28): measures P 0.995 R 0.996, brands P 0.931 R 0.951,
    # subject 0.449, region exact 0.997 (3 partial), titles 0.999, published_at 0.997 (round S reads them); round S
    # (extractor 28 + round-S rules, 877 texts, 10 gold files audited: 3 published_at minutes, 1 last inline lead, 2
    # `一年来` spans, 3 relative time points and a lead time to not_facts, 1 portal outlet): measures P 1.000 R 1.000,
    # facts P 1.000 R 0.999, region exact 1.000 (0 partial, 0 wrong), titles 1.000, published_at 1.000, source_outlet
    # 1.000, author_org 0.998, brands P 0.932 R 0.951, subject 0.449; with round S's brand rules (9 gold short forms
    # audited in by h397): brands P 0.945 R 0.956 (0.942 / 0.956 against the gold before the audit); the 35th and
    # 36th sets renamed in unread (927 texts, extractor 29): measures P 0.998 R 0.998, brands P 0.938 R 0.955, subject
    # 0.446, 3 not-facts taken, 1 region wrong (d898), titles 0.998, author_org 0.997 (round T reads them); round T
    # kinds (results heads, zones at their city, seeking heads, editor's label lines, counts taken up as a whole):
    # measures P 0.999 R 0.998, 2 not-facts taken, region exact 1.000 (0 wrong), titles 0.999; round T's
    # brand rules (927 texts): brands P 0.943 R 0.956 (round S's footer-link cues dropped: d439 falls back);
    # review T dropped the one-set rules: measures P 0.997 R 0.996 (d829 quoted account, d834 speech's demands and
    # situation part, d858 numbered sibling, d836 story-start opening), facts d871 (numeral idiom) and d830 (产权单位)
    # fall back; the zone-at-its-city guard stays (the lead: a wrong region is the error the issue forbids): region
    # exact 1.000, none wrong; the 39th and 40th sets renamed in unread (977 texts, extractor 31): measures P 0.995 R
    # 0.993, brands P 0.931 R 0.956, facts P 0.999, 9 not-facts taken, region exact 0.996 (2 partial, 2 wrong), titles
    # 0.997 (round U reads them); round U (guards, building addresses, page labels, measure heads): measures P 0.997
    # R 0.996, 6 not-facts, region exact 1.000 (0 partial, 0 wrong), titles 0.999
    # round U (the lead dropped its one-set `据了解…从三个方面` rule, d966): measures R 0.995
    # the 37th and 38th sets renamed in unread (1,027 texts, extractor 32): measures P 0.995 R 0.993, brands P 0.921
    # R 0.955, facts R 0.998, region exact 0.999 (1 partial), published_at 0.999, source_outlet 0.998 (round V
    # reads them); round V kinds (a speech's practice part holds its list, bare spans frame amounts, municipalities
    # at their city, durations of one and a half, counts after places in apposition): measures P 0.997 R 0.994,
    # facts P 0.999 R 0.999, 5 not-facts, region exact 1.000 (0 partial); round V brand kinds (meetings by a generic
    # unit, counted problems, classes by time, records, folk festivals, door-step employment; 1 gold brand audited
    # out, d142): brands P 0.928 R 0.955; the 41st and 42nd sets renamed in unread (1,073 texts, extractor 33):
    # measures P 0.996 R 0.994, brands P 0.920 R 0.951, facts R 0.998, 13 not-facts, region exact 0.998 (2 partial),
    # titles 0.996, author_org 0.995, published_at 0.998, source_outlet 0.995 (round W reads them); round W kinds
    # (a floor after a building and 的, a town's stem beside its county, a speaker's posts without a name, accounts
    # under their owner's dateline, mirror labels after toggles, administrative-office portals, 内容来源, story leads
    # beside phrase leads, ad-slot labels, paired spans `一天两天`, a mirror mark beside the name): measures P 0.997,
    # 10 not-facts, titles 0.997, author_org 0.996, source_outlet 0.999; round W brand
    # kinds (people's festivals, corps by what they do, nationwide programmes adopted, banks and lists by contents,
    # titles handed out to units, couriers' stations, workmates' boards, meetings named by meeting words, 邻里 venues,
    # points by newcomers or tasks, honour lists, short steps named as a method; no gold brand lost): brands P 0.930
    # R 0.952; the 46th, 49th and 50th sets renamed in unread (1,139 texts, extractor 34): measures P 0.990
    # R 0.987, brands P 0.921 R 0.949, facts P 0.998 R 0.997, subject 0.449, 28 not-facts, region exact 0.996
    # (4 partial), titles 0.989, author_org 0.991, source_outlet 0.995 (round X reads them); round X kinds
    # (furniture lines as titles: bracketed org-and-date, outlet-space-reporter, unseparated credits, WeChat link
    # buttons; Party standing and building-age/height bounds no figures; closing credits after the editor line or
    # naming two bodies; a copyright line with both claims; capital-numeral and picture bullets): measures P 0.991
    # R 0.988, facts R 0.996 (older gold still lists Party standing and pre-h996 bounds as facts), 20 not-facts,
    # titles 0.992, author_org 0.996, source_outlet 0.996; the round-X gold audit
    # (148 gold brands removed by the lead's decisions) left brands at P 0.886 R 0.949;
    # round X brands: the lead's decisions as plain-form patterns and always-generic formulas, service windows and
    # zones, one batch/corps/set headings, units' brands listed after their places (2 gold brands lost, both
    # place-named classes the audit kept): brands P 0.924 R 0.949
    # round X figures: the gold audited to the lead's frequency and bounds decisions (679 not-facts taken, facts
    # P 0.974 R 0.997 before); schedules no figures, volumes, thresholds and amounts per period figures, bounds with
    # 超过/多/房龄 and opening hours no figures, Party standing with 入党: facts P 0.999 R 0.998, 11 not-facts;
    # the place clause audited into meetings and corps (133 dev gold brands out): brands P 0.891; the 51st-54th sets
    # renamed in unread (1,239 texts, extractor 35): measures P 0.991 R 0.988, brands P 0.890 R 0.950, facts P 0.998
    # R 0.997, 20 not-facts, region exact 0.995 (2 wrong, 4 partial), titles 0.995 (round Y reads them)
    # round Y: a paper's 我省/我市 headline reports a scope-wide case, a street weighed at its county among rivals,
    # site/editor labels (【典型案例】, 【写在最后】, 【本站声明】) head no measure, a lunar day no figure: measures
    # P 0.992 R 0.988, facts P 0.998 R 0.997, 19 not-facts, region exact 0.997 (0 wrong, 4 partial)
    # round Y brands: meetings and corps named only by a place or a generic spot generic (the lead's clarification),
    # their bare short forms with them, 亮身份 + a step of the case's own a name: brands P 0.914 R 0.950
    # the 43rd-45th, 47th, 48th, 55th and 56th sets renamed in unread (1,414 texts, extractor 36): measures P 0.991
    # R 0.987 (floors 0.990 / 0.986), brands P 0.899 R 0.943, facts P 0.997 R 0.996, 33 not-facts, region exact
    # 0.996 (1 wrong, 4 partial)
    # round Z brands: service points by whom they serve or a generic spot, steps called a procedure (…的流程), paired 是
    # likenesses, states after a verb of becoming, campaigns joined (结合/落实), records named by the brand's word,
    # pairing labels (结对…, 师徒结对), classes named by their hour, plain evaluation labels (…评议): brands P 0.905
    # R 0.942 (9 older gold brands lost to the h796/h1262/h1337 decisions, 3 records found)
    # round Z: a mirror's ad lines dropped, numbered buildings as addresses (社区12栋是…, 5栋和6栋之间), a count of
    # units listed by name taken up, a text on its own city's city-wide case stops at the city: facts P 0.998 R 0.996,
    # 22 not-facts, region exact 0.997 (0 wrong, 4 partial); a heading that breaks the shape of the measure headings'
    # run before or after it heads no measure: measures P 0.992 R 0.987; 页/铺/例/顶 classifiers and 两处 in words:
    # facts R 0.997 (P 0.998); titles and header fields unchanged
    # round Z2 figures: after the round-Z gold audit (9 bounds to not_facts: 31 not-facts taken), an area, altitude,
    # a place's population or a thing's age bounding the noun after 的 no figure: facts P 0.9978 R 0.9966 (floors
    # unchanged), 20 not-facts, no gold fact lost
    # round Z2 brands: corps named by members' kind under the round-Y corps words, footer labels in traditional
    # characters, services named by a plain manner, history classes under every class head, kinds of urban area, pacts
    # as documents, dash chains through departments and property bodies, audience/place vocabulary, corps and meetings
    # with plain work or topic words, 评选 titles, warm-word service points: brands P 0.912 R 0.940 (4246/4653 of 4517;
    # 8 older gold brands lost to the round-X decisions, named in the commits)
    # round Z3 brands: after the round-Z gold audit (62 brands removed, 4 added: P 0.903 R 0.943 before), the audit's
    # kinds coded: homes named by whom they serve, points/stations/canteens named by a place, spot, hour or users,
    # feasts/markets/festivals named by a place, bare corps of members' kind, bare “…”流程 procedures: brands P 0.912
    # R 0.942 (4202/4606 of 4459; 1 gold brand lost, 合院食堂 d402, a suspected gold error named in the commit)
    # the 57th-60th sets renamed in unread (1,514 texts, extractor 38): measures P 0.991 R 0.985, brands P 0.908
    # R 0.938, facts P 0.996 R 0.996, source_outlet 0.995, 31 not-facts, region exact 0.997 (0 wrong, 4 partial)
    # (round AA reads them)
    # round AA figures: after the round-AA gold audit (restated totals out, spans of years with 多 in; facts P 0.982
    # R 0.988 before), restated totals no figures, 两年多/一年多来 figures, a plan sentence's list and a dated results
    # paragraph's heading no measures: facts P 0.9957 R 0.9937, 31 not-facts, measures P 0.9915 R 0.9856, 0 gold
    # facts unlocated; headers unchanged
    # the round-AA2 gold audit (220 restatements worded differently out): facts P 0.992 R 0.997
    # round AA brands: spot-named meetings and tea seats (茶座; 戏台, 台阶; lane spots beside a 红巷 brand), corps
    # named by a quoted 老 + former trade, records, mailboxes, signs and boards built from the brand (手账, 信箱,
    # 议事牌, 公示栏), forms and corps opening with the case's brand-family word, unit + 党建/自管, bare hours and
    # opening-hours formulas, 管这叫 and 规矩 cues: brands P 0.911 R 0.940 (4652/5106 of 4948; P 0.908 R 0.938
    # before; 3 gold brands lost, named in the commits as suspected gold errors: 码头茶座 d1391, 老炉匠 d266, 老窑工
    # d538); d1415-d1514 alone P 0.893 R 0.922 (0.868 / 0.900 at first sight)
    # round AA brand recall: posts, teams and logs named by the symbol the brand family shares, boards and mailboxes
    # named with the brand's word, apps named by their device, generic forms on the family's opening word: brands
    # P 0.908 R 0.942 (4662/5134 of 4948; 0.9079 / 0.9382 before), no new false brand but `掌灯人` in d1492
    # round AA brands merged (precision and recall branches; the recall branch's family-form rule dropped as the
    # precision branch's `_of_brand_family` finds the same): brands P 0.911 R 0.942
    # round AA2 figures: restated totals worded differently (a noun linked by 有 or reached by a growth, a start or end
    # of a change, a survey's sample named again, a two-character or one-character noun shared): facts P 0.9924 ->
    # 0.9969 (35371/35480, 163 false figures fewer), R 0.9965 -> 0.9965 (35371/35495, no gold fact lost), 31 not-facts
    # the 61st-64th and 74th sets renamed in unread (1,639 texts, extractor 39): measures P 0.989 R 0.982, brands
    # P 0.911 R 0.939, facts P 0.996 R 0.996, author_org 0.995, 47 not-facts, region exact 0.996 (1 wrong, 5 partial)
    # (round AB reads them)
    # round AB brands (recall): short-clause rules put in force with 推行 as the case's 办法, rules named after
    # 办法是 or 规矩，叫, 楼道 no speech cue and 巷规 a rule word, 说事人 hosts, 信使 roles, walls as boards, 热线 and
    # 驿 names, classes and festivals on the word a brand ends with after its mark, meetings on the word a brand
    # opens with and the text writes only in its names, 就是 + a named unit + 的: brands P 0.9114 -> 0.9118,
    # R 0.9387 -> 0.9448 (5242/5749 of 5548; 34 gold brands found, 1 false brand added, `红信使` d488, a short form
    # the rulebook lists; no gold brand lost); d1515-d1639 alone P 0.914 -> 0.917, R 0.905 -> 0.935
    # the 75th set renamed in unread too (1,664 texts): measures P 0.988 R 0.981, brands P 0.9095 R 0.937, facts
    # R 0.9958, titles 0.993, author_org 0.994, 56 not-facts; with the recall branch merged brands P 0.910 R 0.943
    # round AB figures: facts P 0.9963 -> 0.9960 (38752/38907), R 0.9960 -> 0.9968 (38752/38877): halves of a unit
    # where the rulebook makes them figures (+17 gold facts; 19 halves the older gold leaves out), a survey's own
    # sample (+9), 副 and 章 (+3); address numbers, an ad row, score bounds of a class, 教龄 and 二人转 out (-8 false);
    # merged with the 75th set: facts P 0.9957 R 0.9967
    # round AB brands (precision): meetings named by a plain spot, co-building bodies written alone, 托底, maps and
    # ledgers named by what they record, 物业(服务)进…, days named by their time, run-on heading scare quotes, kinds
    # of Party members, housing-level party units, service and council corps: brands P 0.917 R 0.939 (5207/5679 of
    # 5548; 0.9114 / 0.9387 before, 34 false brands fewer, one gold brand lost: d157 民情地图); d1515-d1639 alone
    # P 0.935 R 0.905 (0.914 / 0.905 at first sight)
    # both brand branches merged with the 75th set (1,664 texts): brands P 0.915 R 0.943
    # round AB measures and regions: list items in brackets no captions, intros pointing at what follows, measures
    # summed up under a quoted name, `在X上，` run-in paragraphs, leaflet question labels, a speech's demands, the
    # outcome's last head and results labels; a scope-wide item's example counties; `本文由…供稿`: measures P 0.9891
    # -> 0.9960 (5717/5740), R 0.9825 -> 0.9906 (5717/5771, no gold measure lost), region exact 0.9963 -> 0.9969
    # (0 wrong, 5 partial), author_org 0.9945 -> 0.9951, titles 0.9939, source_outlet 0.9951, published_at 0.9988
    # everything of round AB merged (1,664 texts): measures P 0.996 R 0.990, region exact 0.997 (0 wrong), author_org
    # 0.995
    # round AB brands (rulebook): the rulebook's "not a brand" rules the extractor did not follow (classes named by
    # their weekday, numbered rhythms with 5-character clauses, meetings named by who attends under the round-Y
    # words, the pay-after formula, structures and plans formed, ways explored as a means, exhortations 要V好, pacts
    # named 约定/契约, titles of merit, hosts on the brand's object, delivery riders, 三驾马车): brands P 0.9099 ->
    # 0.9125 (5338/5850), R 0.9433 -> 0.9424 (5338/5664; 5 gold brands lost, each against a written rule: d86, d284,
    # d405, d573, d806); d1615-d1664 alone P 0.862 -> 0.894, R 0.894 unchanged; d1640-d1664 P 0.821 -> 0.871
    # with the rulebook branch merged too: brands P 0.918 R 0.942
    # the 65th-69th sets renamed in unread (1,789 texts, extractor 40): measures P 0.994 R 0.990, brands P 0.913
    # R 0.937, facts P 0.995 R 0.996, region exact 0.997 (0 wrong, 5 partial), 81 not-facts (4 of a named kind)
    # (round AC reads them)
    # round AC figures: facts P 0.9948 -> 0.9949 (42315/42532), R 0.9963 -> 0.9966 (42315/42459), 81 -> 77
    # not-facts (4 -> 3 of a named kind): a building named by its number before 的, cohorts named by a year, a rule's
    # notice period before 后, 首/封/根, objects a story counts, family phrases, 届 editions per year, 今后/未来 spans;
    # d1665-d1789 alone P 0.980 -> 0.981, R 0.989 -> 0.992, 26 -> 23 not-facts (3 -> 2 named); 1 gold fact lost
    # (d158 `一家4口`, the rulebook's family phrase); floors unchanged
    # round AC brands (sequences and labels): rules of short clauses put in force with 推行…的服务方式,
    # a rule whose last clause ends in 人, steps managed in a closed loop (…闭环管理/办理/运行; 4 gold
    # brands lost against written rules: d197, d330, d553, d557), an ordinary word printed as the name
    # of a mark, post, point, room or meeting, 亮身份、找党员, `+` formulas called a pay structure (d1066
    # lost), …的实际/特点 as problems: brands P 0.9131 -> 0.9146 (5825/6369), R 0.9375 -> 0.9385
    # (5825/6207); d1665-d1789 alone P 0.864 -> 0.871 (486/558), R 0.886 -> 0.895 (486/543)
    # round AC brands (named forms): corps, meeting, point and service heads as plain members (顾问团, 互助会, 互助群,
    # 志愿者, 手工坊, 碰头会, 管事会, 诊室, 服务窗口, 餐, 厨房, 商户联盟 …), services named by their time (夜间帮办),
    # counted parties' meetings (三方议事会), 明白墙, the award verb 评上, a people word's ending read on two or three
    # characters (阿诗玛绣娘队 kept), points named with the case's symbol (舟友积分): brands P 0.9131 -> 0.9167
    # (5825/6354), R 0.9375 -> 0.9385 (5825/6207; no gold brand lost); d1665-d1789 alone P 0.864 -> 0.894 (483/540),
    # R 0.886 -> 0.890 (483/543)
    # both round AC brand branches merged: brands P 0.918 R 0.939
    # round AC measures and regions: problems still faced and worries heard, next year's plans, last sub-headings over
    # a look back at the change, heads printed otherwise than the measures' run, results put to use, a sidebar label,
    # continuation markers' pages, last colon heads stating the state reached; a grouped view count on a portal's
    # dateline, a leaflet's question line, a speech's occasion line, a town as a portal's source, banners written
    # short: measures P 0.9938 -> 0.9971 R 0.9902 -> 0.9908, titles 0.9933 -> 0.9955, author_org 0.9944 -> 0.9961,
    # source_outlet 0.9950 -> 0.9955, published_at 0.9983 -> 0.9989; a county the first sentence locates its subject
    # in (地处, 位于; d1577), places an experience is borrowed from and a shared headline street written after its
    # county (d1065): region exact 0.9972 -> 0.9983 (0 wrong, 5 -> 3 partial); no gold item lost; d1665-d1789 alone
    # measures P 0.968 -> 0.996 R 0.989 -> 0.991, titles, author_org, published_at 0.992 -> 1.000; d1615-d1664 alone
    # measures P 0.982 -> 1.000 R 0.970, titles 0.960 -> 0.980, author_org and source_outlet 0.980 -> 1.000
    # round AC brands (rulebook places, after the audit): dashed sequences and 遵循…流程 procedures, halls,
    # tables, parlours and corners, funds and points named by a plain place, spot or people generic (a landmark,
    # folk house or the brand's word keeps one), 红色 + a hall or fund alone, 守护者 corps; a name the text calls
    # its 品牌 wins over the place rules. Against the audited gold (auditAC to 99588f51): brands P 0.904 -> 0.9155
    # (5739/6269), R 0.939 -> 0.9387 (5739/6114); d1515-d1789 alone P 0.919 -> 0.928, R 0.919 -> 0.921 (against
    # the gold before the audit: dev P 0.918 R 0.939, d1515-d1789 P 0.920 R 0.917)
    # the 70th-73rd and 78th sets renamed in unread (1,914 texts, extractor 41): measures P 0.9964 R 0.9905, brands
    # P 0.9074 R 0.9365, facts P 0.9941 R 0.9960, region exact 0.9979 (1 wrong, 3 partial), titles 0.9948, 97
    # not-facts (4 of a named kind) (round AD reads them)
    # round AD brands: existing kinds widened (one-key channels, services taken over or backed, the bare 三方会商,
    # dialect glosses, 相关新闻 footers, a generic spot or an area word the brand's mark does not make its own, sayings
    # of belonging, the fortress metaphor, 一楼一图/一户一人 and contact formulas, routines named by their frequency,
    # plain members of door-step, job and point classes) and a spot under or before the brands' object kept: brands
    # P 0.9074 -> 0.9124 (6228/6826), R 0.9365 -> 0.9370 (6228/6647), no gold brand lost; d1790-d1914 alone
    # P 0.822 -> 0.841 (488/580), R 0.912 -> 0.916 (488/533)
    # round AD measures, figures, regions: measures P 0.9972 R 0.9911, facts P 0.9940 R 0.9965, region exact 0.9984
    # (0 wrong, 3 partial), source_outlet 0.9958, titles 0.9948, author_org 0.9963, published_at 0.9984, 100 not-facts
    # (3 of a named kind; the 4 new ones are gold the RULEBOOK overrules: d355, d617, d1840 两倍多, d1373 5折); on
    # d1790-d1914 alone measures P 0.9978 R 0.9956, facts P 0.9866 R 0.9923, region exact 1.000, source_outlet 1.000
    # gold audit round AE (AUDIT.md: round AD's suspected gold errors, 86 facts and 16 brands to the rulebook): brands
    # P 0.9124 -> 0.9108 (6217/6826; 11 names the rules still keep left the gold), R 0.9376 (6217/6631); facts P 0.995
    # R 0.997
    # the round-AE audit's second pass (14 more place-built names out; 209 second spans over the same period out, 2
    # not-facts to figures): brands P 0.9090 (6205/6826) R 0.9377 (6205/6617); version 43's restated spans: facts
    # P 0.9915 -> 0.9950 (45246/45473), R 0.9966 -> 0.9960 (45246/45427; 25 spans the audit kept as other periods,
    # a person's or a place's own, or worded with 来 in their raw, now missed)
    # round AF brands: is the qualifier plain or coined, as an open-class test (jieba's default dictionary: locative
    # words `s`, distinguishing words `b`, nouns of a building or ground; a place's own two-character name beside the
    # brand's mark) and seven form heads as plain members of their kinds: brands P 0.9090 -> 0.9124 (6204/6800),
    # R 0.9377 -> 0.9376 (6204/6617; d178 邻里开放日 lost, a suspected gold error); d1790-d1914 alone P 0.831 -> 0.849
    # (482/568), R 0.915 (482/527)
    # the 97th set renamed in unread (d1915-d1939; 1,939 texts, extractor 44, its region gold mended: AUDIT round AF):
    # measures P 0.9965 R 0.9907, brands P 0.9136 R 0.9373, facts P 0.9950 R 0.9960, region exact 0.9985 (0 wrong, 3
    # partial), titles 0.9948, 73 not-facts (1 of a named kind)
    # round AG2 brands: after the round-AG gold audit (about 200 development brands named only by a spot, a kind of
    # people or a plain place out: P 0.8904 (6134/6889) R 0.9386 (6134/6535) before), the lead's principle over every
    # form word (bare meeting verbs, posts, corridors and reading rooms, days, workshops, festivals and feasts, a
    # people's craft, building types as spots, a landmark under one particular thing): P 0.9006 (6113/6788), R 0.9354
    # (6113/6535; 21 gold brands lost, most suspected gold errors: see the round-AG2 commits); d1790-d1939 alone
    # P 0.842 -> 0.849, R 0.919 -> 0.914
    # round AH brands: once-named quotes of generic kinds (a slogan framed 以…为理念, open and clean-up days, 邻里 plus
    # a plain word and an event word or a table, memory halls and display corners named by what they remember, a place
    # plus 党群服务中心, 新…人 newcomers as whom a form serves, predicates after a modal, the mess a case clears away,
    # points exchanged for goods, forms, boards and service windows named by what they record or serve): P 0.9008
    # (6113/6786) -> 0.9068 (6113/6741), R 0.9354 unchanged, no gold brand lost; d1790-d1939 alone P 0.850 -> 0.863,
    # R 0.914
    "dev": {
        "measures_precision": 0.996,
        "measures_recall": 0.990,
        "brands_precision": 0.906,
        "brands_recall": 0.935,
        "facts_precision": 0.994,
        "facts_recall": 0.995,
        "subject_whole_rate": 0.445,
        "region_exact": 0.998,
        "titles": 0.994,
        "author_org": 0.996,
        "source_outlet": 0.995,
        "published_at": 0.998,
    },
    # measured on the 5 seeds (extractor 19): measures R 1.00, brands P 0.959 R 0.940 (seed 002's two-sector
    # service pairings `物业+养老`, `物业+育幼` left the gold by the lead's round-E decision; its `“行业+属地”模式`
    # stays a brand the extractor misses), facts P 1.00 R 1.00, subject whole 0.751, region exact 1.00
    # round X brands: after the gold audit (三张清单, 两张清单 out of seeds 000-002) P 0.898 R 0.936; with the lead's
    # decisions as rules P 0.957 R 0.936
    # round X figures: seeds 003, 004 audited (two frequencies to not_facts, 181 → 179 facts): facts P 1.000 R 1.000,
    # 0 not-facts (2 before); floors one fact (of 179) short
    # round Y brands: unchanged, P 0.957 R 0.936
    # round Z brands: unchanged, P 0.957 R 0.936
    # round Z2 brands: unchanged, P 0.957 R 0.936
    # round Z3 brands: after the round-Z gold audit (seed 002's 货车司机之家, 酒城骑士之家 out: 47 → 45 gold brands,
    # P 0.913 R 0.933 before) and the audited kinds as rules (homes named by whom they serve): P 0.955 R 0.933 (42/44
    # of 45)
    # round AA figures: after the round-AA gold audit (restated totals out of seeds 000, 001, 004): facts P 1.000
    # R 0.994 (001's 18个社区, a restatement the audited seed keeps, left out)
    # round AA brands: unchanged, P 0.955 R 0.933 (42/44 of 45)
    # round AA2 figures: facts P 1.000 R 1.000 (173/173 after the round-AA2 audit), floors one fact short as before
    # round AB brands (recall): unchanged, P 0.955 R 0.933 (42/44 of 45)
    # round AB brands (precision): unchanged, P 0.955 R 0.933 (42/44 of 45)
    # round AB brands (rulebook): unchanged, P 0.955 R 0.933 (42/44 of 45)
    # round AC brands (sequences and labels): unchanged, P 0.955 R 0.933 (42/44 of 45)
    # round AC brands (named forms): unchanged, P 0.955 R 0.933 (42/44 of 45)
    # round AC brands (rulebook places, after the audit): unchanged, P 0.955 R 0.933
    # round AD brands: unchanged, P 0.955 R 0.933 (42/44 of 45)
    # round AG2 brands: unchanged, P 0.955 R 0.933 (42/44 of 45; `工作室` and halls judged by people were left out
    # as they cost the seeds' 皂妈工作室, 居民议事厅 and 民主议事厅)
    "seeds": {
        "measures_recall": 0.90,
        "brands_precision": 0.954,
        "brands_recall": 0.933,
        "facts_precision": 0.994,
        "facts_recall": 0.994,
        "subject_whole_rate": 0.72,
        "region_exact": 0.80,
    },
}
CEILINGS: dict[str, dict[str, int]] = {
    # a wrong region is worse than none; a year, phone or rank taken as a figure is the error the issue forbids
    # region_partial: d486 (玉门 named only by its speaker's post and short forms); round L placed d508, d521, d524;
    # round Q placed d141 (铁西区 defined by 辽宁), d730 and d740 (a county stem picks a shared street)
    # the 31st and 32nd sets, unread: 1 region wrong (d790), 6 not-facts, 1 gold fact not located (round R reads them);
    # round R: d790 at its province (two districts each written with their city are a region-wide report's examples);
    # lead times (`提前5天公布`) are no figures; 5 gold not-facts moved back to span facts by the older rules (AUDIT)
    # the 33rd and 34th sets, unread: 2 more partial (d834, d860: districts named only as common nouns);
    # round S: d486, d834, d860 placed by the committee their speech summary's speaker line names
    # the 35th and 36th sets, unread: 1 region wrong (d898, the Beijing economic-technological zone), 3 not-facts
    # round T: d898 at its city (a zone named after its city is never one district's street); d896's count taken up
    # review T dropped round T's zone rule (first sight in one set); the lead restored it: d898 at its city again
    # the 39th and 40th sets, unread: 2 regions wrong, 2 partial, 7 more not-facts (round U reads them)
    # round U guards: d935 unplaced (a stem inside `新市民` no longer moves a shared street across the country;
    # partial), d952 at its province (rivals count at city level too: a province-wide item's example district)
    # round U: d941, d961, d965 building numbers right after their area (`社区12栋的…`) are addresses
    # round U: d935 at 东港区 (a street committee's speaker line; the district written before a zone-filed street)
    # round U: d946, d962 exact (the header's own chain of places wins over a namesake street or town)
    # the 37th and 38th sets, unread: 1 partial, no wrong region, no new not-fact (round V reads them)
    # round V: d987 at its city (a whole municipality is its own province and city); d963's `两个暑假` framed
    # the 41st and 42nd sets, unread: 8 more not-facts, 2 partial/missing (d1063, d1065) (round W reads them)
    # round W: d1073's floor (`写字楼的22层`), d890's town stem (`八所港务公司` beside 东方市, 八所镇) and d934's
    # `一天两天` no figures
    # the 46th, 49th and 50th sets, unread: 18 more not-facts, 2 more partial (round X reads them)
    # round X: Party standing (d1067, d1068), building-age/height bounds (d1036, d1080, d1083, d1102) and a numbered
    # building after a list comma (d1121) no figures; left: Arabic frequencies the 49th set lists as not-facts while
    # the 50th and older sets list them as facts, d1042's `6大类` (a fact by the lead's round X decision)
    # round X figures: the gold audited to the frequency and bounds decisions (679 not-facts taken before); schedules
    # (每月召开1次), bounds with 超过/多 (楼龄超过40年的), opening hours (24小时开放的) and 入党12年 no figures;
    # left: 11 older not-facts (d1035 三轮协商, d928 一般两轮, d1077 分两期改造, d1085 一年内 ×2, d1098 十个/两个,
    # d1103 三件事, d1121 3栋楼, d935 十条规则, d1062 5个工作日)
    # the 51st-54th sets, unread: 2 regions wrong (city- or province-wide items), 9 more not-facts (round Y reads them)
    # round Y: d1147, d1223 at their province and city (我省/我市 headlines: scope-wide reports); d1187's 大年三十 a
    # date; left (one set each or a gold question): d1168 公示不少于5天, d1188 建成30年以上的 (one estate), d1202 and
    # d1207 mirror promo lines (转发本文…集满30个赞, 热门推荐：…十分钟读懂…), d1214 比开十次会, d1217 前10名, d1220
    # 两个试点街道, d1222 得分超过96分
    # the 43rd-45th, 47th, 48th, 55th and 56th sets, unread: 1 region wrong (d1390-d1414, a city-wide item), 14 more
    # not-facts, 2 gold facts not located (round Z reads them)
    # round Z: d1406 at its city (我市 + 全市 in the text, one district named once); ad lines (d1202, d1207, d1384,
    # d1402, d1405), numbered buildings (d1396, d1402) and units listed then counted (d1098, d1220, d1378) no figures;
    # left: one set each or a gold question (see the round Z report): d1168, d1188, d1214, d1217, d1222, d1294,
    # d1301, d1364, d1378 五章二十二条, d1388, d1395
    # round Z2 figures: the round-Z gold audit moved 9 bounds to not_facts (31 taken); measure bounds inside a noun
    # phrase (d10, d93, d331, d549, d751, d1011, d1275, d1301, d1346, d1348, d1395) no figures: 20 not-facts
    # the 57th-60th sets, unread: 11 more not-facts (round AA reads them)
    # round AA figures: 31 not-facts (left: d1430 近两年的账目, d1484 and d1509 近十年新建的, d1444 每月固定一个晚上,
    # d1450, d1457, d1507, d1511, d1513 bounds, d1497 3栋, d1509 10分钟 and 30年, d1512 三餐: kinds the older gold
    # lists as facts, or one set each); the audit located every gold fact
    # round AA2 figures: 31 not-facts, unchanged by the restated-total rules
    # not_facts_named_kinds (the four kinds issue 10 names): d1121 and d1497, a building number taken as a count
    # the 61st-64th and 74th sets, unread: 1 region wrong, 1 more partial, 16 more not-facts (1 of a named kind),
    # 1 gold fact not located (round AB reads them); the 75th set, unread: 9 more not-facts
    # 1 gold fact not located (round AB reads them)
    # round AB figures: 46 not-facts, 1 of a named kind (d1121 `3栋楼的雨棚漏水、5栋楼前…`, one text: left); out:
    # d1497, d1552 building numbers in addresses, d1532 an ad row, d1222, d1608, d1633 score bounds of a class, d1509
    # 教龄; in: 7 halves the older gold lists as not-facts against the rulebook (d596, d944, d1006, d1013, d1094,
    # d1522, d1538); merged with the 75th set: 55 not-facts, 1 of a named kind
    # round AB measures and regions: d1530 at its city (a city-wide item naming an example district twice beside
    # another county of the city); region partial 5 (d1577 left: the one-text rule)
    # the 65th-69th sets, unread: 26 more not-facts, 3 of a named kind, 1 gold fact not located (round AC reads them)
    # round AC figures: 77 not-facts, 3 of a named kind: d1121 (`3栋楼的雨棚漏水`, one text: left), d1733 (`一栋32层
    # 住宅楼`, a storey count the rulebook makes a figure: suspected gold error), d1740 (`“一般诉求当天回应、复杂诉求
    # 三天答复”`, the rulebook's long-clause requirement `“一般问题24小时内处置、…”`: suspected gold error); out: d1694
    # `8栋的“老站长”`, d1537 and d1780 family phrases, d1713 `每年…两届`
    # round AC measures and regions: region wrong 0, partial 3 (d1577, d1065 placed; left d1063, d1094, d1127)
    # round AD measures, figures, regions: d1911 at its city (two districts each written with a street in a 本市
    # round-up), d1837's `32栋是一栋33层的…` an address; not-facts 97 -> 100 (d355, d617, d1840 `两倍多` and d1373 `5折`
    # in, figures by the RULEBOOK's raw and discount rules: suspected gold errors; d1837 out), 3 of a named kind
    # (d1121, d1733, d1740, left as in round AC)
    # gold audit round AE: the 4 suspected gold errors above and 25 more of their kinds (倍多, half task spans, 多 year
    # spans, 半年来) brought to the rulebook: not-facts 100 -> 71; d1576's context mended: unlocated 1 -> 0
    # second pass: d1733's storey count and d1740's pledge made figures (named kinds 3 -> 1, d1121 left); not-facts 69
    # the 97th set renamed in unread (d1915-d1939): 4 more not-facts, none of a named kind (the next round reads them)
    "dev": {
        "region_wrong": 0,
        "not_fact_violations": 73,
        "not_facts_named_kinds": 1,
        "region_partial": 3,
        "facts_gold_unlocated": 0,
    },
    "seeds": {"region_wrong": 0, "not_fact_violations": 0, "not_facts_named_kinds": 0},
}


@pytest.mark.parametrize("part", ["dev", "seeds"])
def test_case_structure_holds_its_floors(part: str) -> None:
    cases = gold_cases([part])
    if not cases:
        pytest.skip(f"no {part} gold under tests/gold (set CASES_GOLD_DIR)")
    total = Score()
    for case in cases:
        total.add(score_case(case))
    figures = total.figures()
    low = {k: figures[k] for k, floor in FLOORS[part].items() if figures[k] is not None and figures[k] < floor}
    high = {k: figures[k] for k, ceiling in CEILINGS[part].items() if figures[k] > ceiling}
    assert not low and not high, (low, high, "\n".join(total.details))


@pytest.mark.parametrize(
    ("extracted", "gold", "same"),
    [
        (1 / 3, 0.3333, True),  # a fraction in words, gold rounded to 4 decimals
        (0.333333, 0.3333, True),
        (0.8, 0.8, True),
        (0.334, 0.3333, False),  # rounds elsewhere
        (3.4, 3, False),  # whole numbers are never rounded
        (0.84, 0.8, False),  # one decimal is a printed value, not a rounding
        (None, None, True),
        (2.0, None, False),
    ],
)
def test_values_match_when_they_round_to_the_gold(extracted: float | None, gold: float | None, same: bool) -> None:
    assert _same(extracted, gold) is same


@pytest.mark.parametrize(
    ("extracted", "gold", "same"),
    [
        # the end of a lead is its least certain part (GUIDELINES, lead rule, decided by the lead, round E)
        ("搭阵地，利用社区党群服务中心建成驿站", "搭阵地", True),  # the gold lead, then `，…`
        ("搭阵地", "搭阵地，利用社区党群服务中心建成驿站", True),  # the gold lead's first clause
        ("搭阵地，利用社区党群服务中心", "搭阵地，利用社区党群服务中心建成驿站", True),  # cut a few characters early
        ("搭平台，利用社区党群服务中心建成驿站", "搭阵地", False),  # another first clause
        ("搭阵地建成驿站，利用社区党群服务中心", "搭阵地", False),  # the first clause is longer than the gold lead
        ("搭阵", "搭阵地，利用社区党群服务中心建成驿站", False),  # less than the first clause
    ],
)
def test_a_lead_matches_when_its_first_clause_is_the_gold_lead(extracted: str, gold: str, same: bool) -> None:
    assert leads_match(extracted, gold) is same


@pytest.mark.parametrize(
    ("body", "number", "kind"),
    [
        ("2023年以来，街道新建驿站12个。", "2023", "year"),
        ("二〇二二年春，社区成立议事会。", "二〇二二年", "year"),
        ("居民可拨打服务热线12345反映诉求。", "12345", "phone"),
        ("联系电话：0571-86551234。", "0571-86551234", "phone"),
        ("老人住在幸福小区7栋2单元。", "7", "address"),
        ("议事会设在解放路18号。", "18号", "address"),
        ("打造“15分钟便民生活圈”品牌。", "15", "quoted_name"),
        ("书记说：“办成一件事，比开十次会都管用。”", "十次", "other"),  # quoted speech is no name
        ("每月召开1次议事会。", "1次", "other"),  # a frequency: a not-fact of another kind
        ("共建成驿站2023个。", "2023", "other"),  # four digits that count something
    ],
)
def test_a_not_fact_is_sorted_into_the_kinds_the_issue_names(body: str, number: str, kind: str) -> None:
    start = body.index(number)
    assert not_fact_kind(body, start, start + len(number)) == kind


def test_timing_runs_every_extractor_on_the_seeds() -> None:
    """`--timing` imported a segmenter loader that had moved, and nothing ran it: it failed on first use."""
    from bench.case_gold import timing

    out = timing(("seeds",), rounds=1)
    assert out.startswith("timing over 5 texts")
    for name in ("facts", "brands", "practices", "region"):
        assert f"{name} " in out
