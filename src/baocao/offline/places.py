"""Places of the offline backend: the gazetteer, the organiser, its province and district.

The provinces (63, before the 2025 merger) and the districts of the ``vietnamadminunits``
gazetteer (LEGACY mode), the organiser named in the lead, and the province and district the
article places it in.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from vietnamadminunits.database import get_data

from baocao.numerals import document_names_pattern
from baocao.offline.enums import OrganizerLevel
from baocao.offline.text import (
    CAP,
    CAP_WORDS,
    INNER_SENTENCE_END_RE,
    Span,
    fold,
    fold_name,
    word_start,
)

# ---------------------------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------------------------

# Organisers: (pattern, level), tried in order within a sentence; the earliest match wins.
_DISTRICT_TYPES = r"(?:huyện|thị xã|thành phố|quận|TP\.?|TX\.?)"
# A district type then its name; "TX.Bến Cát", "TP.Hải Dương" glue the name to the dot.
# The urban districts of a city numbered instead of named: "Quận 3", "quận 10".
_DISTRICT_NUMBER = r"(?<=[Qq]uận )\d{1,2}(?![\d.,/:-]?\d)"
_DISTRICT_NAMED = rf"(?:{_DISTRICT_TYPES}(?:[ \t]+|(?<=\.)){CAP_WORDS}|[Qq]uận {_DISTRICT_NUMBER})"
# A unit of the district named by its type only ("Trung tâm y tế huyện đã tổ chức").
# A unit's number after its kind word ("Bệnh viện 175", "Quân y 68", "Đoàn 31"), not a count
# the sentence goes on with ("6 tháng", "3 năm liền", "2 lần").
NUMBERED_UNIT = (
    r"(?:(?<=[Vv]iện)|(?<=[Qq]uân y)|(?<=Đoàn))[ \t]+\d{1,3}(?![\d.,/:-]?\d)"
    r"(?![ \t]+(?:tháng|năm|ngày|lần|quý|tuần)(?![^\W\d_]))"
)
# A unit of the nation ("Bệnh viện Nhi Trung ương", "Trung tâm ... sức khỏe Trung ương").
_CENTRAL = r"[Tt]rung ương(?![^\W\d_])"
# The capitalised words naming an agency's province, never the "Trung" of "Trung ương" (the
# agency is then the nation's: CENTRAL_AFTER_RE).
_AGENCY_WORD = rf"(?!{_CENTRAL}){CAP}"
_AGENCY_WORDS = rf"{_AGENCY_WORD}(?:[ \t]+{_AGENCY_WORD}|[ \t]*-[ \t]*{_AGENCY_WORD})*"
_UNNAMED_DISTRICT = rf"(?:huyện|thị xã|thành phố|quận)(?![ \t]+{CAP})"
# Agencies of the province under its Sở Y tế, named by function then usually "tỉnh X": their
# review meetings are the province's ("Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Bình",
# "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Lào Cai"). Listed before the district health
# centre so that "Trung tâm Y tế Dự phòng tỉnh" is not read as a Trung tâm Y tế of a district.
_HOA = "h(?:óa|oá)"
_KHOE = "kh(?:ỏe|oẻ)"
_PROVINCIAL_AGENCY = (
    r"(?:Chi cục[ \t]+(?:An toàn vệ sinh thực phẩm|An toàn thực phẩm"
    rf"|Dân số(?:[ \t]*[-–][ \t]*|[ \t]+và[ \t]+)Kế hoạch {_HOA} gia đình|Dân số"
    # The same office by its acronyms: "Chi cục DS-KHHGĐ tỉnh", "Chi cục ATVSTP".
    r"|DS[ \t]*[-–][ \t]*KHHGĐ|ATVSTP|ATTP)"
    r"|Trung tâm Kiểm soát [bB]ệnh tật(?:[ \t]*\(CDC\))?|Trung tâm [Yy] tế [Dd]ự phòng"
    # the border health-quarantine centre: "Trung tâm Kiểm dịch y tế quốc tế tỉnh X"
    r"|Trung tâm [Kk]iểm dịch [Yy] tế(?:[ \t]+[Qq]uốc tế)?"
    rf"|Trung tâm [Pp]háp y|Trung tâm [Kk]iểm nghiệm|Trung tâm [Gg]iám định (?:[yY] khoa|[Pp]háp y)"
    rf"|Trung tâm [Tt]ruyền thông[ \t]*(?:[-–][ \t]*)?[Gg]iáo dục sức {_KHOE}"
    # The province's emergency-transport centre, named by its hotline: "Trung tâm Cấp cứu 115".
    r"|Trung tâm [Cc]ấp cứu(?:[ \t]+115)?"
    # The province's specialised centres: "Trung tâm Phòng, chống HIV/AIDS Đồng Nai".
    r"|Trung tâm [Pp]hòng,?[ \t]+chống[ \t]+(?:HIV/AIDS|[Ss]ốt rét)"
    rf"|Trung tâm [Cc]hăm sóc sức {_KHOE} sinh sản|Trung tâm (?:[Dd]a liễu|[Nn]ội tiết)"
    rf"|Ban [Bb]ảo vệ,?[ \t]+[Cc]hăm sóc sức {_KHOE} cán bộ)"
)
# A steering committee, up to the place it belongs to ("Ban Chỉ đạo liên ngành về ... tỉnh";
# the fixed phrase "phòng, chống" keeps its comma inside the name, and so does the list of
# social ills a committee fights: "phòng, chống HIV/AIDS, ma túy, mại dâm huyện X").
_STEERING = (
    r"(?:Ban [Cc]hỉ đạo|BCĐ)"
    r"(?:[^,.;:\n]|,(?=[ \t]*(?:chống|ma túy|mại dâm|tệ nạn|tội phạm)(?![^\W\d_]))){0,60}?[ \t]"
)
# A unit's acronym printed in brackets inside its name, before its place: "Trung tâm Y tế (TTYT)
# huyện X", "Sở Y tế (SYT) tỉnh Y", "Hội Chữ thập đỏ (CTĐ) huyện Z" (as "(CDC)" in the province's
# centre).
_ACRONYM = r"(?:[ \t]*\([A-ZĐ][A-ZĐ&-]{1,9}\))?"
# A council ("Hội đồng nghĩa vụ quân sự", "Hội đồng thi đua - khen thưởng"), up to the place it
# belongs to: its words in any case, no place's kind nor a list's or a level's word among them
# ("Hội đồng nghĩa vụ quân sự các xã", "Hội đồng ... cấp huyện": no council of one place).
_COUNCIL = (
    r"Hội[ \t]+[đĐ]ồng(?![ \t]+hương(?![^\W\d_]))"
    r"(?:[ \t]*-?[ \t]+(?!(?:các|của|và|cấp|tại|ở|xã|phường|thị|huyện|quận|tỉnh|thành|TP|TX)"
    r"(?![^\W\d_]))[^\W\d_]+){1,6}?[ \t]+"
)
# An association ("Hội Đông y huyện Núi Thành", "Hội Chữ thập đỏ tỉnh X") is no level of the
# health administration (level "other"), though its name may place it; "Hội nghị", "Hội
# thảo", "Hội thi", "Hội đồng" ... are meetings and councils, not associations. Some outlets
# print "Hội đông y" in lower case.
# A word in lower case (no capital): of a name ("Kiểm nghiệm thuốc", "Y dược học"), or a verb
# after it. "nhân" ends a name ("... nhân dịp", "... nhân ngày"), but for "Hội Nạn nhân chất
# độc da cam".
_LOWER_WORD = rf"(?!{CAP})[^\W\d_]+"
_NOT_ASSOCIATION = r"(?:Nghị|Thảo|Thi|Diễn|Chợ|Đồng(?![ \t]+hương)|Trại|Xuân|Trường)(?![^\W\d_])"
# A hometown association ("Hội đồng hương xã X": the people of a place living elsewhere), not a
# council ("Hội đồng nghĩa vụ quân sự").
_HOMETOWN = r"[Đđ]ồng[ \t]+hương(?![^\W\d_])"
_ASSOCIATION_STOP = (
    r"(?:tổ|vừa|đã|tiến|khai|họp|phối|cùng|và|với|trao|có|hiện|tại|(?<![Nn]ạn[ \t])nhân|sơ|tổng"
    r"|đến|ngày|các"
    r"|tỉnh|huyện|thị|thành|quận|xã|phường|TP|TX)(?![^\W\d_])"
)
# The victims' association, whose name runs past the lower-case words an association's name may
# take ("Hội Nạn nhân chất độc da cam/dioxin huyện X").
_VICTIMS = r"Nạn[ \t]+nhân[ \t]+chất[ \t]+độc[ \t]+da[ \t]+cam(?:[ \t]*/[ \t]*dioxin)?"
# The women's union, a lower-case word after its capitalised ones ("Hội Liên hiệp Phụ nữ
# (LHPN) huyện X"): "nữ" no verb that ends its name.
_WOMEN = r"Liên[ \t]+hiệp[ \t]+Phụ[ \t]+nữ(?![^\W\d_])"
_ASSOCIATION = (
    # (a branch, "Chi hội Đông y xã X"; "hội" in lower case after "của": "lương y của hội Đông
    # y phường X")
    r"(?:Chi[ \t]+hội|Hội|(?<=của[ \t])hội)"
    # (a name longer than its lower-case words allow: "Nạn nhân chất độc da cam/dioxin"; or
    # with one after its capitalised ones: "Liên hiệp Phụ nữ")
    rf"[ \t]+(?!{_NOT_ASSOCIATION})"
    rf"(?:{_VICTIMS}|{_HOMETOWN}|{_WOMEN}|{CAP}|đông[ \t]+y(?![^\W\d_]))"
    # (its words in lower case, then capitalised ones: "Y dược học cổ truyền", "Đông y TT
    # Huế", not the verb after a capitalised word, "... TT Huế cũng thảo luận")
    rf"(?:[ \t]+(?!{_ASSOCIATION_STOP}){_LOWER_WORD}){{0,4}}"
    rf"(?:[ \t]+(?!{_ASSOCIATION_STOP}){CAP}){{0,3}}{_ACRONYM}"
    r"(?:[ \t]+(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn|TP\.?|TX\.?))?"
    rf"(?:(?:[ \t]+|(?<=\.)){CAP_WORDS})?"
)
# The health services of the armed forces and the police as a whole, and the general
# departments of a ministry: the nation's ("Tổng cục Kỹ thuật", "Cục Quân y", "Cục Y tế Bộ
# Công an", "y tế CAND", "ngành Y tế Công an nhân dân").
_NATIONAL_FORCE = (
    # (one lower-case word after the capitalised one: "Kỹ thuật", "Chính trị")
    rf"Tổng cục[ \t]+{CAP}(?:[ \t]+(?!{_ASSOCIATION_STOP})[^\W\d_]+)?"
    rf"|Cục [Qq]uân y|(?<![Cc]hi )Cục [Yy] tế(?:[ \t]+{CAP_WORDS})?"
    r"|(?:[Nn]gành |[Ll]ực lượng )?[Yy] tế (?:CAND|Công an nhân dân)(?![^\W\d_])"
)
# The Ministry of Health's departments by their fields ("Cục Phòng, chống HIV/AIDS", "Cục An
# toàn thực phẩm", "Cục Quản lý Khám, chữa bệnh"), however cased: the nation's; not a
# province's office of that name ("Cục Quản lý thị trường tỉnh X"), nor "Chi cục" (a
# province's).
_MINISTRY_DEPARTMENT = (
    r"(?<![Cc]hi )Cục[ \t]+(?:"
    r"[Pp]hòng,?[ \t]+[Cc]hống[ \t]+HIV/AIDS|[Aa]n[ \t]+toàn[ \t]+[Tt]hực[ \t]+phẩm"
    r"|[Qq]uản[ \t]+lý[ \t]+(?:[Kk]hám,?[ \t]+[Cc]hữa[ \t]+bệnh|[Dd]ược"
    r"|[Mm]ôi[ \t]+trường[ \t]+[Yy][ \t]+tế|[Yy],?[ \t]+[Dd]ược[ \t]+[Cc]ổ[ \t]+truyền)"
    r"|[Kk]hoa[ \t]+học[ \t]+[Cc]ông[ \t]+nghệ[ \t]+và[ \t]+[Đđ]ào[ \t]+tạo"
    r"|[Bb]à[ \t]+mẹ[ \t]+và[ \t]+[Tt]rẻ[ \t]+em|[Dd]ân[ \t]+số"
    r"|[Tt]rang[ \t]+thiết[ \t]+bị[ \t]+và[ \t]+[Cc]ông[ \t]+trình[ \t]+[Yy][ \t]+tế)(?![^\W\d_])"
    r"(?![ \t]+(?:tỉnh|thành[ \t]+phố|TP)(?![^\W\d_]))"
)
MINISTRY_DEPARTMENT_RE = re.compile(_MINISTRY_DEPARTMENT)
# Before a ministry's department, "của": the authority cited or the owner of a team that comes
# to another ("Thực hiện chỉ đạo của Cục X, ... Chi cục ... tỉnh Y đã chủ trì", "đoàn đánh giá
# của Cục X đã kiểm tra ... tại Bệnh viện Z"), below any other unit the span names (unless it
# holds the meeting or is the subject of the organising verb).
OF_BEFORE_RE = re.compile(r"(?<![^\W\d_])của\s+$", re.IGNORECASE)
OF_LOOKBACK = 6
# The ministry's institutes by their kinds ("Viện Vệ sinh dịch tễ Trung ương", "Viện Pasteur Nha
# Trang", a regional institute named by its city or region) and a health body named for the
# nation ("Ủy ban Quốc gia phòng, chống AIDS", "Trung tâm Điều phối quốc gia về ghép ..."): the
# nation's. Any other "Viện" is no ministry's institute (the prosecutors, "Viện KSND", "Viện
# Kiểm Sát"; a province's or a city's research institute); nor is a national body of another
# sector ("Trung tâm Nước sạch quốc gia"), a venue ("Trung tâm Hội nghị Quốc gia") or a body of a
# place carrying out a national scheme ("Ban Chỉ đạo Chương trình mục tiêu quốc gia ... tỉnh X";
# "chuẩn quốc gia" is a standard).
_INSTITUTE_KIND = (
    r"Vệ[ \t]+sinh[ \t]+[Dd]ịch[ \t]+tễ|Pasteur|Sốt[ \t]+rét|Dinh[ \t]+dưỡng|Kiểm[ \t]+nghiệm"
    r"|Kiểm[ \t]+định|Y[ \t]+tế[ \t]+[Cc]ông[ \t]+cộng|Sức[ \t]+khỏe[ \t]+[Nn]ghề[ \t]+nghiệp"
    r"|Pháp[ \t]+y|Huyết[ \t]+học|Chiến[ \t]+lược|Trang[ \t]+thiết[ \t]+bị|Vắc[ \t]+xin"
    r"|Dược[ \t]+liệu|Y[ \t]+học[ \t]+biển|Y[ \t]+học[ \t]+lao[ \t]+động"
)
# Words of a national body's own name (or of the words right after "quốc gia") that make it a
# health body.
_NATIONAL_HEALTH_WORD = (
    r"[Yy][ \t]+tế|[Ss]ức[ \t]+khỏe|[Ss]ức[ \t]+khoẻ|AIDS|HIV|[Dd]ược|[Tt]huốc|[Gg]hép|[Bb]ệnh"
    r"|[Vv]ắc[ \t]+xin|[Ss]inh[ \t]+phẩm|[Tt]iêm[ \t]+chủng|[Dd]inh[ \t]+dưỡng|[Mm]áu|[Ll]ao"
)
# The heads of an institute's name that make one named for the nation a health body ("Viện
# Châm cứu Trung ương", "Viện Tim mạch Việt Nam"); other sectors' institutes end alike ("Viện
# Khoa học Thủy lợi Việt Nam", "Viện Năng lượng Nguyên tử Việt Nam"), and so does "Viện Khoa học
# Lao động ...".
_INSTITUTE_HEALTH_HEAD = (
    rf"(?:(?!Lao[ \t]+động|Thuốc[ \t]+lá){_NATIONAL_HEALTH_WORD}"
    r"|(?i:châm[ \t]+cứu|bỏng|tim[ \t]+mạch|huyết[ \t]+học|truyền[ \t]+máu|tâm[ \t]+thần|y[ \t]+học"
    r"|y[ \t]+dược|lão[ \t]+khoa|nhi|mắt|da[ \t]+liễu|răng[ \t]+hàm[ \t]+mặt|ung[ \t]+bướu"
    r"|pháp[ \t]+y|phổi|nội[ \t]+tiết|chấn[ \t]+thương|vệ[ \t]+sinh|dịch[ \t]+tễ|sốt[ \t]+rét"
    r"|ký[ \t]+sinh[ \t]+trùng|pasteur|kiểm[ \t]+nghiệm|tai[ \t]+mũi[ \t]+họng|ung[ \t]+thư"
    r"|thận|điều[ \t]+dưỡng|phong|gút))(?![^\W\d_])"
)
_NATIONAL_SUFFIX = r"(?:Trung[ \t]+ương|Quốc[ \t]+gia|Việt[ \t]+Nam)(?![^\W\d_])"
_NATIONAL_AGENCY = (
    # (a kind, its lower-case words, the parts joined by dashes with theirs, "- Ký sinh trùng",
    # then a capitalised place up to its end, "Quy Nhơn", "Tây Nguyên": not the verb after it)
    rf"(?<![Bb]ệnh )(?<![Hh]ọc )Viện[ \t]+(?:{_INSTITUTE_KIND})(?![^\W\d_])"
    rf"(?:[ \t]+(?!{_ASSOCIATION_STOP}|{_NATIONAL_SUFFIX}){_LOWER_WORD}){{0,6}}"
    rf"(?:[ \t]*[-–][ \t]*{CAP}(?:[ \t]+(?!{_ASSOCIATION_STOP}){_LOWER_WORD}){{0,3}})*"
    rf"(?:[ \t]+(?!{_NATIONAL_SUFFIX}){CAP_WORDS})?"
    rf"(?:[ \t]+{_NATIONAL_SUFFIX})?"
    # (any other institute named for the nation with a health head in its name: "Viện Châm
    # cứu Trung ương", "Viện Bỏng Quốc gia Lê Hữu Trác", "Viện Tim mạch Việt Nam")
    rf"|(?<![Bb]ệnh )(?<![Hh]ọc )Viện[ \t]+"
    rf"(?=(?:(?!{_NATIONAL_SUFFIX})[^\W\d_]+[ \t]+){{0,5}}?{_INSTITUTE_HEALTH_HEAD}){CAP}"
    rf"(?:(?:[ \t]+|[ \t]*[-–][ \t]*)(?!{_ASSOCIATION_STOP}|{_NATIONAL_SUFFIX})[^\W\d_]+){{0,5}}"
    rf"[ \t]+{_NATIONAL_SUFFIX}(?:[ \t]+{CAP_WORDS})?"
    # (a health body: a health word in its name or in the few words after "quốc gia")
    rf"|(?=(?:Trung tâm|Ủy ban|Uỷ ban)(?:[ \t]+[^\W\d_]+){{0,3}}?[ \t]+(?:{_NATIONAL_HEALTH_WORD})"
    rf"|(?:Trung tâm|Ủy ban|Uỷ ban)(?:[ \t]+[^\W\d_]+){{0,4}}?[ \t]+[Qq]uốc[ \t]+gia"
    rf"[^.;\n]{{0,25}}?(?<![^\W\d_])(?:{_NATIONAL_HEALTH_WORD}))"
    r"(?:Trung tâm|Ủy ban|Uỷ ban)[ \t]+(?:(?!mục|tiêu|chuẩn)[^\W\d_]+[ \t]+){0,3}?[Qq]uốc[ \t]+gia"
    r"(?![^\W\d_])(?![ \t]+(?:tại|ở|của|trên|tỉnh|thành phố|TP|huyện|quận|thị xã|xã)(?![^\W\d_]))"
)
# A province's command of the armed forces or its police, whose medical units the article
# reports: "Bộ đội Biên phòng tỉnh X", "BĐBP X", "Bộ CHQS tỉnh X", "Công an tỉnh X". Not
# "Biên phòng" alone: "Đồn Biên phòng Cửa khẩu X" is a post, "Ngày Biên phòng Toàn dân" a day.
_PROVINCIAL_FORCE = (
    r"(?:Bộ [Cc]hỉ huy[ \t]+)?(?:Bộ đội Biên phòng|BĐBP)(?:[ \t]+tỉnh)?"
    rf"[ \t]+{CAP_WORDS}"
    rf"|Bộ (?:CHQS|[Cc]hỉ huy [Qq]uân sự)[ \t]+tỉnh[ \t]+{CAP_WORDS}"
    rf"|Công an[ \t]+tỉnh[ \t]+{CAP_WORDS}"
)
# A programme of the province ("chương trình phòng chống bệnh phong của tỉnh") is the
# province's; not one of a district the gap names first ("chương trình phòng chống sốt rét
# huyện X tỉnh Y" is the district's).
_PROVINCIAL_PROGRAMME = (
    rf"[Cc]hương trình(?:(?!(?<![^\W\d_]){_DISTRICT_TYPES}(?![^\W\d_]))[^,.;:\n]){{0,60}}?"
    rf"(?:của[ \t]+)?tỉnh(?![^\W\d_])(?:[ \t]+{CAP_WORDS})?"
)
# A national programme named as such ("Chương trình Chống lao Quốc gia", "Dự án Phòng chống
# sốt rét quốc gia") is the nation's; not the funding scheme "Chương trình mục tiêu quốc gia"
# (either case), nor a programme carried out somewhere ("... quốc gia tại tỉnh X", "... quốc
# gia trên địa bàn", "... quốc gia huyện X"), nor one about a topic ("... quốc gia về y tế"),
# nor one whose board speaks ("Ban điều hành Chương trình ...": a province's or district's).
_NATIONAL_PROGRAMME = (
    r"(?<!Ban [Đđ]iều hành )(?<!Ban [Cc]hỉ đạo )(?<!Ban [Qq]uản lý )"
    r"(?:Chương trình|Dự án)(?![ \t]+[Mm]ục[ \t]+[Tt]iêu)(?:[ \t]+[^\W\d_]+){1,6}?[ \t]+[Qq]uốc gia"
    r"(?![^\W\d_])(?![ \t]+(?:về|tại|ở|của|trên|trong|cho|giai|tỉnh|thành phố|TP|huyện|quận"
    r"|thị xã|xã)(?![^\W\d_]))"
)
# A hospital's acronym inside its name, the name going on after it ("Bệnh viện Đa khoa khu vực
# (BVĐKKV) Bồng Sơn"): not a place in brackets after the name ("Bệnh viện X (TPHCM) cho biết").
_INNER_ACRONYM = (
    r"[ \t]*\([A-ZĐ][A-ZĐ&-]{1,9}\)(?=[ \t]+(?:tỉnh|thành phố|huyện|thị xã|quận|khu vực|"
    rf"{CAP}))"
)
# The same acronym as the report leaves it out: "Sở Y tế tỉnh Y", the conventions' form (a
# hospital's too: ACRONYM_IN_NAME_RE applies to the Sở, the district centre, hospitals and
# associations).
ACRONYM_IN_NAME_RE = re.compile(r"[ \t]*\([A-ZĐ][A-ZĐ&-]{1,9}\)(?=[ \t]|$)")
ACRONYM_NAMES_RE = re.compile(
    r"(?:Sở|Trung tâm|TT)[ \t]+[Yy][ \t]+tế[ \t]*\(|(?:Bệnh|BV)|(?:Chi[ \t]+)?[Hh]ội[ \t]"
)
# A provincial agency named in full ("Chi cục An toàn vệ sinh thực phẩm tỉnh"), and a
# sub-department named by its kind alone ("Chi cục đã kiểm tra ..."), whose name is the one the
# page prints in full (NAMED_AGENCY_RE), its level the province's either way.
_NAMED_AGENCY = (
    rf"{_PROVINCIAL_AGENCY}(?:[ \t]+(?:tỉnh|thành phố|TP\.?))?(?:[ \t]+{_AGENCY_WORDS})?"
)
_BARE_SUB_DEPARTMENT = rf"Chi cục(?![ \t]+(?:{CAP}|trưởng|phó)(?![^\W\d_]))(?![^\W\d_])"
NAMED_AGENCY_RE = re.compile(_NAMED_AGENCY)
BARE_SUB_DEPARTMENT_RE = re.compile(_BARE_SUB_DEPARTMENT)
# Not after "Chủ tịch": "Phó Chủ tịch UBND huyện X" is a guest's position.
_COMMITTEE = r"(?<!tịch )(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
_UNIT_PATTERNS: tuple[tuple[re.Pattern[str], OrganizerLevel], ...] = tuple(
    (re.compile(pattern), level)
    for pattern, level in (
        (r"Bộ Y tế", OrganizerLevel.NATIONAL),
        (_NATIONAL_FORCE, OrganizerLevel.NATIONAL),
        (_MINISTRY_DEPARTMENT, OrganizerLevel.NATIONAL),
        (_NATIONAL_AGENCY, OrganizerLevel.NATIONAL),
        (_PROVINCIAL_FORCE, OrganizerLevel.PROVINCE),
        (_ASSOCIATION, OrganizerLevel.OTHER),
        (_NATIONAL_PROGRAMME, OrganizerLevel.NATIONAL),
        (_PROVINCIAL_PROGRAMME, OrganizerLevel.PROVINCE),
        (
            # ("Sở Y tế TP.HCM" glues the city to the dot; "Sở Y tế TPHCM" is one word)
            # (a dot only after "TP" and before the city's name: "Sở Y tế tỉnh." ends its
            # sentence)
            rf"Sở [Yy] tế{_ACRONYM}(?:[ \t]+(?:tỉnh|thành phố|TP)(?![^\W\d_])"
            rf"(?:(?<=TP)\.(?=[ \t]*{CAP}))?)?(?:(?:[ \t]+|(?<=\.)){CAP_WORDS})?",
            OrganizerLevel.PROVINCE,
        ),
        # A preventive-health centre of a district ("Trung tâm Y tế dự phòng huyện X", before
        # they merged into the district centres) is the district's.
        # (and its team before the centres: "Đội Y tế dự phòng huyện X"; a district's named
        # by its kind alone, "Trung tâm Y tế dự phòng huyện đã ...", is the district's too, but
        # not the districts' centres together: "các Trung tâm Y tế dự phòng huyện, thị xã")
        (
            rf"(?:Trung tâm|Đội) [Yy] tế [Dd]ự phòng[ \t]+{_DISTRICT_NAMED}"
            rf"|(?<![Cc]ác )(?<![Nn]hững )(?:Trung tâm|Đội) [Yy] tế [Dd]ự phòng[ \t]+"
            rf"(?:huyện|thị xã|quận)(?![^\W\d_])(?![ \t]+{CAP})"
            rf"(?![ \t]*(?:,|và|/)[ \t]*(?:huyện|thị xã|quận|thành phố)(?![^\W\d_]))",
            OrganizerLevel.DISTRICT,
        ),
        (_NAMED_AGENCY, OrganizerLevel.PROVINCE),
        # A sub-department named by its kind alone ("Thời gian qua, Chi cục đã kiểm tra 217 cơ
        # sở"): a department's branch of the province, as the named ones above are (not its
        # head, "Chi cục trưởng", nor another sector's named branch, "Chi cục Thuế").
        (_BARE_SUB_DEPARTMENT, OrganizerLevel.PROVINCE),
        # "Trung tâm Y tế khu vực X": a district centre named by its area (since 2025).
        (
            rf"(?:Trung tâm|TT)[ \t]+[Yy][ \t]+tế{_ACRONYM}[ \t]+"
            rf"(?:(?:{_DISTRICT_TYPES}|khu vực)[ \t]+)?{CAP_WORDS}",
            OrganizerLevel.DISTRICT,
        ),
        (rf"TTYT[ \t]+(?:{_DISTRICT_TYPES}[ \t]+)?{CAP_WORDS}", OrganizerLevel.DISTRICT),
        # (or of many: "Trung tâm Y tế 9 huyện", PLURAL_DISTRICTS_RE)
        (
            rf"(?:Trung tâm|TT)[ \t]+[Yy][ \t]+tế[ \t]+(?:(?:\d+|các)[ \t]+)?{_UNNAMED_DISTRICT}",
            OrganizerLevel.DISTRICT,
        ),
        # The district's population centre: "Trung tâm Dân số - KHHGĐ huyện Giồng Trôm".
        (
            rf"Trung tâm [Dd]ân số[^,.;:\n]{{0,40}}?(?:{_DISTRICT_NAMED}|{_UNNAMED_DISTRICT})",
            OrganizerLevel.DISTRICT,
        ),
        # A Phòng Y tế is always a district's office, named or not; its head's title writes
        # it in lower case ("Trưởng phòng Y tế Quận 3").
        (
            rf"(?:Phòng|(?<=[Tt]rưởng )phòng) [Yy] tế(?:[ \t]+{_DISTRICT_NAMED})?",
            OrganizerLevel.DISTRICT,
        ),
        # "ngành y tế TX.Bến Cát" is the district's health sector; "tỉnh X" the province's.
        (
            rf"[Nn]gành [Yy] tế[ \t]+(?:huyện|thị xã|quận|TX\.?)(?:[ \t]+|(?<=\.)){CAP_WORDS}",
            OrganizerLevel.DISTRICT,
        ),
        (
            rf"[Nn]gành [Yy] tế[ \t]+(?:tỉnh|thành phố|TP\.?)[ \t]*{CAP_WORDS}",
            OrganizerLevel.PROVINCE,
        ),
        (rf"Trạm [Yy] tế[ \t]+(?:xã|phường|thị trấn)[ \t]+{CAP_WORDS}", OrganizerLevel.COMMUNE),
        # The people's committee of a place holds ceremonies and reviews of its health work.
        (rf"{_COMMITTEE}[ \t]+(?:xã|phường|thị trấn)[ \t]+{CAP_WORDS}", OrganizerLevel.COMMUNE),
        # (a city's, "UBND TP Móng Cái", at a district's rank; a city run by the centre, "UBND
        # TP.HCM", is a province: _names_central_city)
        (
            rf"{_COMMITTEE}[ \t]+(?:huyện|thị xã|quận|TX\.?|thành phố|TP\.?)(?:[ \t]+|(?<=\.))"
            rf"{CAP_WORDS}",
            OrganizerLevel.DISTRICT,
        ),
        # (named or not, as "Sở Y tế" is: "UBND tỉnh công nhận thêm 12 xã ...")
        (rf"{_COMMITTEE}[ \t]+tỉnh(?:[ \t]+{CAP_WORDS})?", OrganizerLevel.PROVINCE),
        # A steering committee of a place ("Ban Chỉ đạo liên ngành về an toàn vệ sinh thực
        # phẩm tỉnh", "BCĐ phòng chống dịch huyện X") is at that place's level.
        (
            rf"{_STEERING}(?:{_DISTRICT_NAMED}|{_UNNAMED_DISTRICT})",
            OrganizerLevel.DISTRICT,
        ),
        (
            rf"{_STEERING}tỉnh(?:[ \t]+{CAP_WORDS})?",
            OrganizerLevel.PROVINCE,
        ),
        # A council of a place ("Hội đồng nghĩa vụ quân sự huyện X", "Hội đồng thi đua - khen
        # thưởng xã Y") is at that place's level, as its steering committees are.
        # (the councils of many communes, "Hội đồng nghĩa vụ quân sự 21 xã, thị trấn", meet
        # at the communes' level)
        (
            rf"{_COUNCIL}(?:(?:\d+|các)[ \t]+(?:xã|phường|thị trấn)(?![^\W\d_])"
            rf"|(?:xã|phường|thị trấn)[ \t]+{CAP_WORDS})",
            OrganizerLevel.COMMUNE,
        ),
        (rf"{_COUNCIL}(?:{_DISTRICT_NAMED}|{_UNNAMED_DISTRICT})", OrganizerLevel.DISTRICT),
        (rf"{_COUNCIL}tỉnh(?![^\W\d_])(?:[ \t]+{CAP_WORDS})?", OrganizerLevel.PROVINCE),
        # "Bệnh viện Sản - Nhi tỉnh X": a hyphen joins two specialities; "Phụ sản" is one. An
        # infirmary ("Bệnh xá Quân dân y") admits and treats patients as a hospital does. The
        # common misprint "Bệnh viên" names a hospital too.
        (
            r"(?:Bệnh [vV]i[ệê]n|BV|Bệnh xá)(?:[ \t]+(?:[đĐ]a khoa|[pP]hụ [sS]ản|[cC]huyên khoa"
            r"|[yY] học cổ truyền|[Qq]uân dân y|[Qq]uân y|huyện|tỉnh"
            # Specialities and the centre written with lower-case words: "Bệnh viện Da liễu
            # Trung ương", "Bệnh viện Tâm thần", "Bệnh viện Lao và bệnh phổi".
            r"|[dD]a liễu|[tT]âm thần|[pP]hục hồi chức năng|[lL]ao và [bB]ệnh [pP]hổi"
            r"|[uU]ng bướu|[rR]ăng [hH]àm [mM]ặt|[tT]ai [mM]ũi [hH]ọng|[Tt]rung ương"
            # a university's hospital: "Bệnh viện Đại học Y Dược X"
            r"|[Đđ]ại học"
            rf"|thị xã|thành phố|quận|khu vực|{CAP})|[ \t]*[-–][ \t]*{CAP}"
            # its acronym in brackets inside the name: "Bệnh viện Đa khoa khu vực (BVĐKKV) X"
            rf"|{_INNER_ACRONYM}"
            # A military hospital named by its number: "Bệnh viện 175", "Bệnh viện Quân y 68",
            # "Bệnh xá Đoàn 31": right after the kind word only, and not a count of months,
            # years or times ("Bệnh viện Y học cổ truyền 2 năm liền", "... tỉnh Bình Định 9
            # tháng").
            rf"|{NUMBERED_UNIT})+",
            OrganizerLevel.HOSPITAL,
        ),
    )
)
# When the article names no unit, the place whose work it reports is the organiser: "xã Ngọc
# Sơn đã ...", "Huyện Ninh Phước vừa triển khai ...", "Thành phố Bắc Kạn tổng kết ...". A city
# run by the centre is a province; any other city belongs to a province (district level).
PLACE_SUBJECT_RE = re.compile(
    r"(?<!\w)(?:(?P<commune>[Xx]ã|[Pp]hường|[Tt]hị trấn)"
    r"|(?P<district>[Hh]uyện|[Tt]hị xã|[Qq]uận|TX\.?)"
    r"|(?P<city>[Tt]hành phố|TP\.?)"
    r"|(?P<province>[Tt]ỉnh))"
    rf"(?:[ \t]+|(?<=\.))(?P<name>{CAP_WORDS})"
)
# The whole province or nation as the subject of the work ("toàn tỉnh đã kết thúc đợt 1", "trên
# địa bàn tỉnh", "tỷ lệ ... trên toàn quốc"): the province's or the nation's report when the
# article names no unit. Headlines in capitals write "TOÀN TỈNH".
WHOLE_PLACE_RE = re.compile(
    r"(?<!\w)(?:toàn|trên địa bàn|(?P<inside>trong))[ \t]+(?P<province>tỉnh)(?![ \t]+[A-ZĐ])"
    r"|(?<!\w)(?:TOÀN|TRÊN ĐỊA BÀN)[ \t]+(?P<capital>TỈNH)(?!\w)"
    # (capitalised only opening a sentence, as its subject: "Cả nước có 18 tỉnh ghi nhận ...")
    r"|(?<!\w)(?P<national>toàn quốc|cả nước"
    r"|(?:^|(?<=\n)|(?<=[.!?][ \t]))(?:Toàn quốc|Cả nước))(?!\w)"
)
# The whole district a page counts within, unnamed ("toàn huyện", "các trạm y tế trên địa bàn
# huyện"): a district's own page (its name from the text or the page's address).
WHOLE_DISTRICT_RE = re.compile(
    r"(?<!\w)(?:[Tt]oàn|[Tt]rên địa bàn|[Tt]rong)[ \t]+(?P<kind>huyện|thị xã|quận)"
    r"(?![ \t]+[A-ZĐ\d])(?!\w)"
)
# A place's name opening a sentence or a headline, after an adverbial ("Năm 2030, "), followed
# by a word in lower case (the verb): its subject when the name is a province's.
PROVINCE_SUBJECT_RE = re.compile(
    rf"\s*(?:[^,.;:\n]{{0,40}},\s*)?(?P<name>{CAP_WORDS})"
    rf"(?:[ \t]*:|[ \t]+(?!{CAP})(?=[^\W\d_]))"  # (or a headline's colon: "X: 95% trẻ ...")
)
# A district's name, bare, opening a sentence or a headline: after an adverbial ("Năm 2030, ",
# "Đến nay "), followed by a verb in lower case or by the colon of a headline ("X: 95% trẻ
# ..."): its subject when the name is, whole, a district's (the district reports, no unit
# named).
DISTRICT_SUBJECT_RE = re.compile(
    r"\s*(?:\([A-ZĐ]{2,8}\)\s*[-–—]\s*)?"  # an outlet's tag opening the lead: "(ABC) - "
    r"(?:[^,.;:\n]{0,40},\s*|(?:[Đđ]ến|[Hh]iện|[Tt]ính\s+đến)\s+nay,?\s+)?"
    rf"(?P<name>{CAP_WORDS})(?:[ \t]*:|[ \t]+(?!{CAP})(?=[^\W\d_]))"
)
# The hospitals as a group, the subject of the opening ("Năm 2023, các bệnh viện trong Khối
# thi đua đã ..."): a hospitals' report, at their level.
HOSPITAL_GROUP_RE = re.compile(
    r"\s*(?:[^,.;\n]{0,40},\s*)?"  # an adverbial opening ("Năm 2023, ")
    r"(?P<group>[Cc]ác bệnh viện(?:[ \t]+trong[ \t]+[Kk]hối(?:[ \t]+thi đua)?)?)(?![^\W\d_])"
)
# "Ngành Y tế" with no place after it: the sector of the nation when the article speaks of the
# government or the whole country, else of the province the page belongs to.
BARE_SECTOR_RE = re.compile(
    rf"[Nn]gành [Yy] tế(?![ \t]+(?:tỉnh|thành phố|TP|huyện|thị xã|quận|TX|xã|phường|{CAP}))"
)
# "ngành y tế tỉnh" with no name after it ("Trong quý I, ngành y tế tỉnh thực hiện ..."): the
# sector of the province the page belongs to, never the nation's.
# "tỉnh ta", "tỉnh nhà": the page's own province, named whole; never "tỉnh bạn" (another's).
UNNAMED_PROVINCE_SECTOR_RE = re.compile(
    rf"[Nn]gành [Yy] tế[ \t]+tỉnh(?:[ \t]+(?:ta|nhà)(?![^\W\d_]))?(?![^\W\d_])"
    rf"(?![ \t]+(?:{CAP}|bạn(?![^\W\d_])))"
)
NATIONAL_CUE_RE = re.compile(
    r"Thủ tướng|Bộ trưởng Bộ Y tế|Quốc hội|toàn quốc|cả nước|Chính phủ", re.IGNORECASE
)
# Before a national cue, a comparison: "cao hơn bình quân chung cả nước", "so với toàn quốc",
# a rank ("đạt cao nhất cả nước", "đứng đầu toàn quốc", "xếp thứ 3 cả nước", "đứng thứ 2")
# measure the province against the nation; they do not make the sector (or the organiser) the
# nation's. Before the whole province, a rank ("đứng thứ 2 toàn tỉnh", "cao nhất toàn tỉnh")
# places a district within it (RANK_RE); a share of it ("so với dân số toàn tỉnh") is its own.
_RANK = r"(?<![^\W\d_])nhất|đứng đầu|dẫn đầu|(?:xếp|đứng)[ \t]+thứ"
NATIONAL_COMPARISON_RE = re.compile(
    rf"(?:so với|bình quân|trung bình|mức chung|{_RANK})[^.;\n]{{0,24}}$", re.IGNORECASE
)
# (a rank ends at a comma: "Đáng chú ý nhất, toàn tỉnh không ghi nhận ...", "huyện X đứng đầu,
# toàn tỉnh có ..." name the whole province as the next clause's subject)
RANK_RE = re.compile(rf"(?:{_RANK})[^.,;\n]{{0,24}}$", re.IGNORECASE)
# Before the whole province, a comparison made with it ("cao hơn so với toàn tỉnh", "thấp hơn
# mức chung toàn tỉnh", "so với bình quân chung của toàn tỉnh"): the page's place measured
# against the province, not the province's own report; only comparison words between (a share,
# "so với dân số toàn tỉnh", is the province's own).
PROVINCE_COMPARISON_RE = re.compile(
    r"(?<![^\W\d_])(?:so\s+với|hơn)"
    r"(?:\s+(?:mức|bình\s+quân|trung\s+bình|chung|của|tỷ\s+lệ|với))*\s+$",
    re.IGNORECASE,
)
COMPARISON_LOOKBACK = 40
# Before a unit, the document it issued: "Thực hiện văn bản số 1188/SYT-KH ngày 24/9/2019 của
# Sở Y tế ..." names the issuer of an instruction, not the unit that reports or meets. The
# documents are numerals' lexicon, with the plans and guidance a unit issues besides.
ISSUER_DOCUMENTS = ("kế hoạch", "hướng dẫn")
_ISSUER_DOCUMENT = "|".join((document_names_pattern(r"\s"), *ISSUER_DOCUMENTS))
ISSUER_BEFORE_RE = re.compile(
    rf"(?:{_ISSUER_DOCUMENT})"
    r"\s+(?:số\s*)?[\w./-]*\d[^.;\n]{0,60}?(?<![^\W\d_])của\s+$",
    re.IGNORECASE,
)
ISSUER_LOOKBACK = 120
# Before a unit, a norm, an instruction or a source the sentence cites: "Thực hiện chỉ đạo của
# Bộ Y tế, ...", "theo hướng dẫn / quy định / quy trình / lịch / Bộ tiêu chí / số liệu ... của
# Bộ Y tế", "dưới sự chỉ đạo của Sở Y tế", "đạt 90% kế hoạch của Sở Y tế" (a line of work
# cites nothing: "công tác chỉ đạo tuyến của Bệnh viện X"). Whether the unit is cited, not the
# one that works or meets, is :func:`_citation`'s question: the same words name a unit's own
# plan, schedule or procedure ("theo lịch của Trung tâm Y tế huyện X, các trạm y tế xã tiêm
# ...", "đánh giá kết quả thực hiện kế hoạch năm 2031 của Trung tâm Y tế huyện X").
# (guidance or an order the work follows)
_ORDERS = (
    r"chỉ\s+đạo(?!\s+tuyến)|hướng\s+dẫn|kế\s+hoạch|quy\s+định|quy\s+trình|tiêu\s+chí"
    r"|tiêu\s+chuẩn|lịch|phác\s+đồ|yêu\s+cầu|chủ\s+trương"
    # (a document named without its number: "Thực hiện Quyết định của UBND tỉnh")
    r"|quyết\s+định|chỉ\s+thị|công\s+văn|nghị\s+quyết|thông\s+tư"
)
_GUIDANCE = (
    _ORDERS
    # (a source of figures or of a judgement: "Theo số liệu / đánh giá của Bộ Y tế, ...")
    + r"|số\s+liệu|thống\s+kê|báo\s+cáo|đánh\s+giá|khuyến\s+cáo|nhận\s+định"
)
# Space within a paragraph (a citation never runs from a headline's "đạt 98%" into the lead).
_SP = r"[^\S\n]"
GUIDANCE_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_])(?:(?P<cue>thực{_SP}+hiện|theo|căn{_SP}+cứ(?:{_SP}+vào)?|dưới{_SP}+sự|đúng"
    rf"|tuân{_SP}+thủ)"
    # (a target set by a plan: "đạt 90% kế hoạch của Trung tâm ... tỉnh")
    rf"|(?P<target>(?:đạt|vượt)(?:{_SP}+[\d.,]+{_SP}*%)?)){_SP}+"
    rf"(?:[^\W\d_]+{_SP}+){{0,2}}?(?:{_GUIDANCE})(?![^\W\d_])[^.;\n]{{0,50}}?{_SP}+của{_SP}+$"
    # (a patron's or a partner's help, fronted: "Với sự hỗ trợ của X cùng ..., Y đã khám ...",
    # "Được sự quan tâm của X, ...")
    rf"|(?<![^\W\d_])(?:với|được){_SP}+sự{_SP}+(?:hỗ{_SP}+trợ|giúp{_SP}+đỡ|tài{_SP}+trợ"
    rf"|quan{_SP}+tâm|phối{_SP}+hợp|đồng{_SP}+hành)(?:{_SP}+[^\W\d_]+){{0,3}}?{_SP}+của{_SP}+"
    # (or a second patron after the first, "Với sự hỗ trợ của Quỹ X cùng Sở Y tế, ...")
    rf"(?:[^,.;:\n]{{1,80}}?{_SP}+(?:cùng|và)(?:{_SP}+với)?{_SP}+)?$",
    re.IGNORECASE,
)
GUIDANCE_LOOKBACK = 110
# The nation cited as the authority whose guidance the work follows, fronted ("Thực hiện chỉ đạo
# của Chính phủ và Bộ Y tế, ...", "Căn cứ chỉ thị của Thủ tướng Chính phủ", "Theo Nghị quyết của
# Quốc hội", "Thực hiện công điện của Thủ tướng"): a province's page that follows the nation's
# lead, not the nation's own (its cues, from "body" on, make no national scope), when the page
# names a place of its own (see national_scope). Only guidance or an order: the nation cited as
# the source of a figure ("Theo báo cáo / số liệu của Chính phủ") is no lead a province follows.
CITED_NATION_RE = re.compile(
    r"(?<![^\W\d_])(?:thực\s+hiện|theo|căn\s+cứ(?:\s+vào)?|dưới\s+sự|tuân\s+thủ|triển\s+khai)"
    rf"\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{_ORDERS}|công\s+điện)(?![^\W\d_])[^.;\n]{{0,50}}?"
    r"\s+của\s+(?P<body>(?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chính\s+phủ|Quốc\s+hội)"
    r"(?:\s*(?:,|và)\s*(?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chính\s+phủ|Quốc\s+hội))*)",
    re.IGNORECASE,
)
# The work done across many provinces ("tiêm vắc xin sởi cho trẻ tại 18 tỉnh, thành phố", "ở
# các tỉnh, thành phố"): the nation's page, whose citation of the nation is its own lead and a
# province it names an example ("Tại tỉnh X, tỷ lệ tiêm đạt 96%"); not a rank or a comparison
# ("thứ 5/63 tỉnh, thành phố", "trong 63 tỉnh, thành phố").
MANY_PROVINCES_RE = re.compile(
    r"(?<![^\W\d_])(?:tại|ở|trên)\s+(?:(?:[2-9]|\d{2})|các)\s+tỉnh\s*,\s*thành(?:\s+phố)?"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A body that entrusts the work, fronted: "Được Sở Y tế giao nhiệm vụ, Trung tâm Y tế huyện X
# ...".
ENTRUSTED_BEFORE_RE = re.compile(r"(?<![^\W\d_])được\s+$", re.IGNORECASE)
ENTRUSTED_LOOKBACK = 8
# Before a citation's cue, the opening of its clause (the sentence's start or a comma, then at
# most two words: "Triển khai theo chỉ đạo của ..."): a fronted adverbial. Not the review of a
# unit's own work ("(đánh giá) kết quả thực hiện kế hoạch của X", "sơ kết thực hiện ...").
FRONTED_BEFORE_RE = re.compile(
    r"(?:^|[.!?;:\n,]\s*)(?!(?:kết\s+quả|đánh\s+giá|sơ\s+kết|tổng\s+kết|kiểm\s+điểm)\s+$)"
    r"(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
FRONTED_LOOKBACK = 30
# After the cited unit, the comma that closes the fronted adverbial (its own words may follow
# the unit: "của Bộ Y tế về phòng chống dịch mùa hè,"), within this many characters.
CITED_CLAUSE_CHARS = 120
# After that comma, the span in which the sentence's subject (a unit, a place) is named.
CITED_SUBJECT_CHARS = 50
# Right before a unit or a place, words that make it no subject: an object, a guest, a venue.
NOT_SUBJECT_WORD_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:của|với|cho|tại|do|bởi|dự|đại\s+diện|lãnh\s+đạo)\s+$", re.IGNORECASE
)
# Before a unit, the meeting it holds: "(dự) hội nghị tổng kết năm 2030 của Bệnh viện X", "lễ
# kỷ niệm của Trung tâm Y tế huyện Y": the holder, however early a guest's office is named
# ("Thứ trưởng Bộ Y tế dự hội nghị ... của Bệnh viện X"). A review's name runs long when it
# names the period reviewed and the one planned ("hội nghị sơ kết công tác y tế 6 tháng đầu năm
# và triển khai nhiệm vụ 6 tháng cuối năm của X", "tổng kết công tác năm 2031, triển khai kế
# hoạch năm 2032 của X"), or lists the works reviewed ("tổng kết công tác khám chữa bệnh, đào
# tạo, nghiên cứu khoa học và chỉ đạo tuyến năm 2031, ..."): a comma only before that plan or
# before another of the sector's works (not a named unit, nor a clause of its own).
MEETING_OF_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:hội\s+nghị|lễ|buổi\s+lễ|(?:cuộc|buổi)\s+họp)"
    r"(?:\s+(?:tổng\s+kết|sơ\s+kết|giao\s+ban|kỷ\s+niệm)"
    r"(?:[^.;,\n]|,\s*(?=(?:triển\s+khai|phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch)\s)"
    r"|,[ \t]*(?=(?:đào\s+tạo|nghiên\s+cứu|khám|chữa|phòng|chỉ\s+đạo|dân\s+số|an\s+toàn"
    r"|y\s+tế|điều\s+trị|chăm\s+sóc|kiểm\s+soát|truyền\s+thông|tiêm|xét\s+nghiệm)"
    r"(?![^\W\d_])))"
    r"{0,150}?)?\s+của\s+$",
    re.IGNORECASE,
)
MEETING_OF_LOOKBACK = 160
# Before a unit, a delegation of delegates ("đoàn đại biểu (của) Viện X tham dự hội nghị ..."):
# guests at another's meeting, never its holder.
GUEST_DELEGATION_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])đoàn\s+đại\s+biểu(?:\s+của)?\s+$", re.IGNORECASE
)
GUEST_DELEGATION_LOOKBACK = 24
# Before a unit, the list it is a member of ("các bệnh viện này gồm Bệnh viện A 500 giường, ...;
# Bệnh viện B ..."): one of the things the sentence counts, not its subject; every member up
# to the sentence's end (a dot between digits, "1.200 giường", ends none), when the list opens
# with a unit (:func:`_listed_member`).
LISTED_MEMBER_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:bao\s+)?gồm(?:\s+có)?\s*:?\s+(?P<list>(?:[^.!?\n]|\.(?=\d))*)$",
    re.IGNORECASE,
)
LISTED_MEMBER_LOOKBACK = 300
# After a listed unit, the organising verb in the same clause ("liên ngành gồm Sở Y tế, Sở Giáo
# dục và Đào tạo tỉnh X tổ chức hội nghị ..."): the list is the verb's subject, its units the
# meeting's holders, not things the sentence counts.
LISTED_SUBJECT_AFTER_RE = re.compile(
    r"[^.!?\n;:]*?(?<![^\W\d_])(?:đã\s+)?(?:tổ\s+chức|khai\s+mạc)(?![^\W\d_])", re.IGNORECASE
)
# A unit named as another's parent ("Bệnh viện Quân y 68 (Tổng cục Kỹ thuật) tổ chức", "...
# thuộc Sở Y tế") is not the organiser, however near the verb.
PARENT_BEFORE_RE = re.compile(r"(?:\(\s*|(?<![^\W\d_])(?:trực\s+)?thuộc\s+)$", re.IGNORECASE)
PARENT_LOOKBACK = 12
# How far before "(" or "thuộc" the word that ends the child unit's name is looked for.
CHILD_NAME_LOOKBACK = 40
# (not the noun of a meeting another holds: "dự cuộc họp / buổi họp ... của X")
ORGANIZER_VERB_RE = re.compile(
    r"\b(?:đã\s+)?(?:tổ chức|tiến hành|khai mạc|(?<!cuộc )(?<!buổi )họp)\b"
)
# Before an organising verb, the future or a plan in its clause ("sẽ tổ chức", "dự kiến tổ
# chức", "sẽ phát lệnh gọi và tổ chức"): what a unit will hold next, not the page's own event.
FUTURE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:sẽ|dự\s+kiến)(?![^\W\d_])[^,.;:!?\n]*$", re.IGNORECASE
)
FUTURE_LOOKBACK = 40
# A unit that set the target the work reaches ("vượt chỉ tiêu do UBND tỉnh giao", "đạt 121%
# kế hoạch do Ban Chỉ đạo ... tỉnh giao"): "do" before it, "giao" right after its name.
ASSIGNER_BEFORE_RE = re.compile(r"(?<![^\W\d_])do\s+$", re.IGNORECASE)
ASSIGNER_LOOKBACK = 4
ASSIGNED_AFTER_RE = re.compile(r"\s+giao(?![^\W\d_])")
# A unit named as the partner of another ("do Bệnh viện phối hợp với Trung tâm Kiểm soát bệnh
# tật tỉnh tổ chức"): the verb's subject is the unit before it, the one that leads the work.
PARTNER_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:phối\s+hợp|kết\s+hợp|cùng|phối\s+hợp\s+cùng)\s+(?:với\s+)?$",
    re.IGNORECASE,
)
PARTNER_LOOKBACK = 24
# The same cue before a list of partners ("X đã phối hợp với Hội ... huyện Y và Bệnh viện Z tổ
# chức"): each unit of the list, the nearest the verb too, is a partner when a unit before the
# cue in the sentence leads the work (:func:`_listed_partner`). Not "cùng kỳ".
LISTED_PARTNER_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:phối\s+hợp|kết\s+hợp|cùng(?!\s+kỳ))(?![^\W\d_])[^.;:!?\n]*$",
    re.IGNORECASE,
)
LISTED_PARTNER_LOOKBACK = 120
# The opening of a fronted patron's or authority's clause ("Được sự quan tâm của X, ...", "Thực
# hiện chỉ đạo của X, ...", "Với sự hỗ trợ của X, ..."): it leads no list of partners.
FRONTED_PATRON_RE = re.compile(
    r"\s*(?:được|với\s+sự|nhờ|thực\s+hiện|theo|căn\s+cứ|dưới\s+sự|đúng|tuân\s+thủ"
    r"|triển\s+khai|trên\s+cơ\s+sở)(?![^\W\d_])",
    re.IGNORECASE,
)
# The verb of a working session or a visit: "làm việc với", "(đến, thăm và) làm việc tại" (a
# session held at a unit only after a visit's opening words, SESSION_AT_OPENER_BEFORE_RE: never
# a workplace, "bác sĩ đang làm việc tại bệnh viện", "môi trường làm việc"), "thăm" (never an
# examination: "thăm khám", "thăm dò", "thăm hỏi"), "chúc mừng".
_VISIT_VERB = (
    r"(?<![^\W\d_])(?:làm\s+việc(?=\s+với\b|\s+(?:sáng|chiều|ngày|hôm)\b)"
    r"|làm\s+việc(?=\s+tại\b)"
    r"|thăm(?!\s+(?:khám|dò|hỏi|quan)\b)(?:\s+và\s+chúc\s+mừng)?|chúc\s+mừng)"
    r"(?![^\W\d_])"
)
# A word that makes "làm việc" a workplace or a working condition, not a session held with a
# unit.
NOT_A_SESSION_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:môi\s+trường|điều\s+kiện|chế\s+độ|tinh\s+thần|giờ|nơi|thời\s+gian"
    r"|phong\s+cách|tác\s+phong)\s+$",
    re.IGNORECASE,
)
NOT_A_SESSION_LOOKBACK = 16
VISIT_RE = re.compile(_VISIT_VERB, re.IGNORECASE)
# "làm việc tại" is a session only after a visit's own opening words, a word or none before it:
# "đoàn ... (đã) đến / về (thăm và) làm việc tại", "kiểm tra và / kiểm tra, làm việc tại", "có
# buổi làm việc tại", "thăm và làm việc tại". Anything else is a workplace ("đang / đã / sẽ làm
# việc tại Bệnh viện X").
SESSION_AT_RE = re.compile(r"làm\s+việc\s+tại\b", re.IGNORECASE)
SESSION_AT_OPENER_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?P<opener>(?:đến|về)(?:\s+thăm(?:\s+và)?)?|thăm\s+và"
    r"|kiểm\s+tra(?:\s+và|\s*,)|có\s+buổi)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
SESSION_AT_LOOKBACK = 32
# Staff who come to work at a unit ("3 bác sĩ (đã) về làm việc tại trạm") take a post: "về" after
# a staff noun opens no visit.
STAFF_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:sĩ|bộ|viên|dưỡng|người|sinh)\s+(?:(?:đã|sẽ|đang|mới|vừa)\s+)?$",
    re.IGNORECASE,
)
STAFF_LOOKBACK = 24
# The unit a working session or a visit is held with or at ("đoàn công tác làm việc với Trung
# tâm Y tế huyện X", "thăm Bệnh viện Y", "chúc mừng Trạm Y tế xã Z"): the host that reports
# its work, the organiser, whoever visits it and however early the visitor's office is named
# (a director of the department named first, the hospital after "làm việc với"; the
# province's leaders who visit a hospital) -- unless the span says first who holds the meeting
# (HOLDING_VERB_RE: "Sở Y tế tổ chức hội nghị ...; lãnh đạo tỉnh chúc mừng Bệnh viện ...").
HOST_BEFORE_RE = re.compile(
    rf"{_VISIT_VERB}(?:\s+(?:với|tại))?\s+(?:(?P<leaders>lãnh\s+đạo)\s+|tập\s+thể\s+)?$",
    re.IGNORECASE,
)
HOST_LOOKBACK = 30
# Who holds a meeting, for the host rule: "tổ chức" a meeting, "chủ trì", "khai mạc" (not
# ORGANIZER_VERB_RE: "tiến hành kiểm tra, làm việc với" and "tại cuộc họp giao ban, đoàn ...
# làm việc với" say nothing of who holds the session).
HOLDING_VERB_RE = re.compile(
    r"(?<![^\W\d_])(?:tổ\s+chức\s+(?:hội\s+nghị|lễ|buổi|cuộc|họp|tổng\s+kết|sơ\s+kết)"
    r"|chủ\s+trì|khai\s+mạc)(?![^\W\d_])",
    re.IGNORECASE,
)
# A delegation ("đoàn công tác (của) Sở Y tế ..."): the unit it names visits, whatever the verb
# is followed by ("đoàn công tác Sở Y tế làm việc với lãnh đạo Trung tâm Y tế huyện X").
DELEGATION_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])đoàn(?:\s+(?:công\s+tác|kiểm\s+tra|giám\s+sát|liên\s+ngành))*"
    r"(?:\s+của)?\s+$",
    re.IGNORECASE,
)
DELEGATION_LOOKBACK = 32
# In a working session or a visit (VISIT_RE), a unit named as a leader's office ("Giám đốc Sở Y
# tế X", "Chủ tịch UBND tỉnh", "lãnh đạo Sở Y tế") is the visitor's: it stands as the organiser
# only when the span names no other unit. (Elsewhere a head speaks for the unit: "Giám đốc Sở
# Y tế cho biết, năm 2030 ...", "Giám đốc Sở Y tế chủ trì hội nghị".)
OFFICE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:Phó\s+)?(?:Giám\s+đốc|Chủ\s+tịch|Bí\s+thư|Bộ\s+trưởng|Thứ\s+trưởng"
    r"|Trưởng\s+ban|Cục\s+trưởng|Chi\s+cục\s+trưởng)|[Ll]ãnh\s+đạo)\s+$"
)
OFFICE_LOOKBACK = 24
# "TP.HCM" glues the city to the dot.
PROVINCE_IN_NAME_RE = re.compile(
    r"(?:(?:tỉnh|thành phố|TP\.?|Sở Y tế|[nN]gành [yY] tế(?:[ \t]+tỉnh)?)[ \t]+|TP\.)"
    rf"(?P<name>{CAP_WORDS})"
)
# A sentence may open with the district ("Huyện Ninh Phước vừa ..."); "TX.Bến Cát" glues it.
DISTRICT_IN_NAME_RE = re.compile(
    r"(?P<type>huyện|Huyện|thị xã|Thị xã|thành phố|Thành phố|quận|Quận|TP\.?|TX\.?)"
    rf"(?:[ \t]+|(?<=\.))(?:(?P<name>{CAP_WORDS})|(?P<number>{_DISTRICT_NUMBER}))"
)
DISTRICT_KIND_NAMES: dict[str, str] = {"TP": "thành phố", "TX": "thị xã"}
# "Trung tâm Y tế Krông Pắc", "Trung tâm Y tế khu vực Vụ Bản": a district health centre
# named without "huyện".
BARE_DISTRICT_UNIT_RE = re.compile(
    rf"(?:(?:Trung tâm|TT)[ \t]+[Yy][ \t]+tế|TTYT)[ \t]+(?:khu vực[ \t]+)?(?P<name>{CAP_WORDS})$"
)
# A general hospital named by its district alone ("Bệnh viện đa khoa Sóc Sơn", "BV Đa khoa
# khu vực Cai Lậy"): the district's hospital (one named by its province is the province's).
BARE_DISTRICT_HOSPITAL_RE = re.compile(
    rf"(?:Bệnh viện|BV)[ \t]+[Đđ]a[ \t]+khoa(?:[ \t]+khu vực)?[ \t]+(?P<name>{CAP_WORDS})$"
)
SUB_PROVINCE_LEVELS = frozenset(
    {OrganizerLevel.DISTRICT, OrganizerLevel.COMMUNE, OrganizerLevel.HOSPITAL}
)
# Units that may be named by their district alone, without "huyện".
BARE_DISTRICT_LEVELS = frozenset({OrganizerLevel.DISTRICT, OrganizerLevel.HOSPITAL})
# Units whose district the article names somewhere even when the lead does not.
ARTICLE_WIDE_DISTRICT_LEVELS = frozenset({OrganizerLevel.DISTRICT, OrganizerLevel.COMMUNE})
CENTRAL_UNIT_RE = re.compile(_CENTRAL)
# A district unit's kind named for many districts ("Trung tâm Dân số - KHHGĐ 7 huyện", "Trung
# tâm Y tế các huyện"): the districts' units together, the province's report.
PLURAL_DISTRICTS_RE = re.compile(
    r"(?<![^\W\d_])(?:\d+|các)[ \t]+(?:huyện|thị xã|thành phố|quận)$", re.IGNORECASE
)
# The work of a programme (its review is the nation's when a central hospital leads it): a
# target or national programme ("chương trình mục tiêu", "Chương trình Chống lao Quốc gia"), a
# project, the fight against a disease ("phòng, chống bệnh phong"); not a plan of work
# ("chương trình công tác năm 2031", "chương trình hành động").
PROGRAMME_WORK_RE = re.compile(
    r"chương trình[ \t]+(?:mục tiêu|[^.;,\n]{0,40}?quốc gia)|dự án|phòng[\s,–-]+chống",
    re.IGNORECASE,
)
# The same, right after an agency's name.
CENTRAL_AFTER_RE = re.compile(rf"[ \t]+{_CENTRAL}")
# A hospital of the province or the nation: the districts its article names are not its own.
PROVINCIAL_UNIT_RE = re.compile(r"\btỉnh\b|[Tt]rung ương|[Qq]uốc gia")
# "các tỉnh X, Y": a list of other provinces (guests, neighbours), no vote for the article's.
PLURAL_BEFORE_RE = re.compile(r"(?<![^\W\d_])các\s+$")
PLURAL_BEFORE_CHARS = 5
# Before a place, words that make it no subject of the page: a list ("các huyện X, Y"), an
# exception ("mọi huyện trừ thị xã X"), the sites of the work ("tại 3 xã của huyện X").
NOT_SUBJECT_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:các|trừ)"
    r"|\d+\s+xã(?:\s*,\s*(?:phường|thị\s+trấn))*\s+(?:của|thuộc))\s+$"
)
NOT_SUBJECT_LOOKBACK = 40
# The bare word for a hospital opening a sentence as its subject ("Bệnh viện đã đưa vào
# ..."), when the page names no unit (its name only in the page's address): a hospital's page.
BARE_HOSPITAL_SUBJECT_RE = re.compile(
    r"\s*(?:[^,.;:\n]{0,40},\s*)?(?P<unit>Bệnh viện)[ \t]+(?=(?:đã|đang|vừa|tiếp\s+tục"
    r"|tiến\s+hành|triển\s+khai|thực\s+hiện|luôn|có)(?![^\W\d_]))"
)
# Runs over every article: every alternative starts with a literal (see word_start).
PROVINCE_MENTION_RE = re.compile(
    "(?:"
    + "|".join(word_start(word) for word in ("tỉnh", "Tỉnh", "thành phố", "Thành phố"))
    + rf"|{word_start('TP')}\.?|Sở Y tế|ngành [yY] tế(?:[ \t]+tỉnh)?|Ngành [yY] tế(?:[ \t]+tỉnh)?)"
    rf"(?:[ \t]+|(?<=TP\.))(?P<name>{CAP_WORDS})"
)


# Province names as of the article where the gazetteer already uses the 2025 name.
LEGACY_PROVINCE_NAMES: dict[str, str] = {"Huế": "Thừa Thiên Huế"}
# The gazetteer's table of pre-2025 units (63 provinces) and the columns read from it.
GAZETTEER_LEGACY_TABLE = "admin_units_legacy"
GAZETTEER_FIELDS = ["provinceShort", "districtShort", "districtType", "wardShort"]
# Districts the legacy table already lacks: merged into a neighbour on 1 January 2025, before
# the provinces were (huyện Nam Đông into Phú Lộc). (name, kind, province as of the article.)
DISTRICTS_MERGED_IN_2025: tuple[tuple[str, str, str], ...] = (
    ("Nam Đông", "huyện", "Thừa Thiên Huế"),
)
# The 63 provinces before the 2025 merger (a closed, historical list: looked up by folded
# name without a gazetteer call), and spellings of a few that articles use.
_PROVINCE_WORDS = """
Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai
|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ
|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hưng Yên|Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An
|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa
|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh
|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp
|An Giang|Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau
"""
PROVINCES: tuple[str, ...] = tuple(name.strip() for name in _PROVINCE_WORDS.split("|"))
PROVINCE_ALIASES: dict[str, str] = {
    "Huế": "Thừa Thiên Huế",
    "TP.HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "HCM": "Hồ Chí Minh",
    "Sài Gòn": "Hồ Chí Minh",
    "Bắc Cạn": "Bắc Kạn",
    "Đắc Lắc": "Đắk Lắk",
    "Kontum": "Kon Tum",
}
# The aliases written as capitals ("Bệnh viện Da liễu TPHCM"): one word, yet a province.
PROVINCE_ACRONYMS = frozenset(alias for alias in PROVINCE_ALIASES if alias.isupper())


def _province_key(name: str) -> str:
    """``name`` folded, a hyphen read as a space: "Thừa Thiên - Huế", "Thừa Thiên-Huế" and
    "Thừa Thiên Huế" key alike, as "Bà Rịa - Vũng Tàu" and "Bà Rịa Vũng Tàu" do."""
    return " ".join(fold_name(name).replace("-", " ").split())


_PROVINCE_BY_FOLD: dict[str, str] = {
    **{_province_key(alias): name for alias, name in PROVINCE_ALIASES.items()},
    **{_province_key(name): name for name in PROVINCES},
}
CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"})
# "ngành Y tế Thái Nguyên", "hệ thống y tế Yên Bái": the sector of a province named without
# "tỉnh" (a name that is no province, "ngành Y tế Việt Nam", is not one).
PROVINCE_SECTOR_RE = re.compile(
    r"(?:[Nn]gành|[Hh]ệ thống) [Yy] tế[ \t]+(?:"
    + "|".join(re.escape(name) for name in sorted(PROVINCES, key=len, reverse=True))
    + r")(?![^\W\d_])"
)
# A health centre of a kind the list above lacks, named by its province without "tỉnh" ("Trung
# tâm Mắt Kiên Giang", "Trung tâm Huyết học - Truyền máu X"): the province's. Its first words
# say a health kind (HEALTH_CENTRE_KIND: not a culture, sports or schooling centre of the
# province); not a district centre ("Trung tâm Y tế"), nor a centre of a district of a
# province's name ("... huyện Quảng Ninh").
_HEALTH_CENTRE_KIND = (
    r"Mắt|Huyết[ \t]+học|Truyền[ \t]+máu|Giám[ \t]+định|Pháp[ \t]+y|Phục[ \t]+hồi|Nội[ \t]+tiết"
    r"|Da[ \t]+liễu|Chăm[ \t]+sóc[ \t]+sức|Bảo[ \t]+vệ[ \t]+sức|Sức[ \t]+khỏe|Sức[ \t]+khoẻ"
    r"|Kiểm[ \t]+nghiệm|Cấp[ \t]+cứu|Điều[ \t]+dưỡng|Phòng[ \t]+chống|Phòng,[ \t]+chống"
    r"|Tâm[ \t]+thần|Lao|Phổi|Ung[ \t]+bướu|Tim[ \t]+mạch|Răng|Xét[ \t]+nghiệm|Chẩn[ \t]+đoán"
    r"|Truyền[ \t]+thông[ \t]+(?:[-–][ \t]+)?[Gg]iáo[ \t]+dục[ \t]+sức|Y[ \t]+học|Y[ \t]+dược"
    r"|Dược|Thuốc|Vận[ \t]+chuyển[ \t]+cấp[ \t]+cứu|HIV|AIDS|Methadone|Dân[ \t]+số"
)
PROVINCE_CENTRE_RE = re.compile(
    rf"Trung tâm[ \t]+(?=(?:{_HEALTH_CENTRE_KIND})(?![^\W\d_]))(?![Yy][ \t]+tế)"
    r"(?:(?!(?:huyện|quận|thị|thành|xã|phường|TP|TX)(?![^\W\d_]))(?:[^\W\d_]+|[-–])[ \t]+){1,7}?(?:"
    + "|".join(re.escape(name) for name in sorted(PROVINCES, key=len, reverse=True))
    + r")(?![^\W\d_])"
)
# Before such a centre, "tại": the venue of another's work ("tại Trung tâm Phục hồi chức năng
# X, Trung tâm Y tế huyện Y khám ..."), not its organiser.
VENUE_BEFORE_RE = re.compile(r"(?<![^\W\d_])tại\s+$", re.IGNORECASE)
VENUE_LOOKBACK = 8
# Organisers: every unit pattern, then a province's sector or centre named without "tỉnh".
ORGANIZER_PATTERNS: tuple[tuple[re.Pattern[str], OrganizerLevel], ...] = (
    *_UNIT_PATTERNS,
    (PROVINCE_SECTOR_RE, OrganizerLevel.PROVINCE),
    (PROVINCE_CENTRE_RE, OrganizerLevel.PROVINCE),
)
MAX_PLACE_WORDS = 4

# ---------------------------------------------------------------------------------------------
# Gazetteer
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _District:
    name: str  # the gazetteer's short name without its "(Thị xã)" marker: "Kỳ Anh"
    kind: str  # "huyện", "thị xã", "thành phố", "quận"
    province: str  # canonical province as of the article ("Thừa Thiên Huế", not "Huế")


@functools.cache
def _gazetteer_rows() -> tuple[dict[str, object], ...]:
    """The ``vietnamadminunits`` legacy table's rows (one per commune: 63 provinces, 696
    districts, ~10,000 communes), read once."""
    return tuple(get_data(GAZETTEER_FIELDS, table=GAZETTEER_LEGACY_TABLE))


@functools.cache
def district_table() -> dict[str, tuple[_District, ...]]:
    """Every pre-2025 district of the gazetteer by folded short name ("mộc châu"), and those
    it lacks (:data:`DISTRICTS_MERGED_IN_2025`).

    Read once from the ``vietnamadminunits`` legacy table (63 provinces, 696 districts,
    ~15 ms). An exact lookup: the gazetteer's free-text parser reads about one typed district
    in eight wrongly without its province ("huyện Mộc Châu" -> Yên Mô, Ninh Bình).
    """
    table: dict[str, list[_District]] = {}
    for row in _gazetteer_rows():
        name = _strip_parenthetical(str(row["districtShort"]))
        province = str(row["provinceShort"])
        district = _District(
            name=name,
            kind=str(row["districtType"]).lower(),
            province=LEGACY_PROVINCE_NAMES.get(province, province),
        )
        table.setdefault(fold(name), []).append(district)
    for name, kind, province in DISTRICTS_MERGED_IN_2025:
        table.setdefault(fold(name), []).append(_District(name, kind, province))
    return {key: tuple(found) for key, found in table.items()}


@functools.cache
def _commune_table() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Every pre-2025 commune (xã, phường, thị trấn) of the gazetteer by folded short name:
    (its name, its district's short name, its province as of the article) for each."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for row in _gazetteer_rows():
        name = str(row["wardShort"])
        province = str(row["provinceShort"])
        table.setdefault(fold(name), []).append(
            (
                name,
                _strip_parenthetical(str(row["districtShort"])),
                LEGACY_PROVINCE_NAMES.get(province, province),
            )
        )
    return {key: tuple(found) for key, found in table.items()}


def _undot(folded: str) -> str:
    """``folded`` with đ written as d and ă as a: pages type "M’Drăk" for the gazetteer's
    "M'Đrắk", "Đak Pơ" for "Đăk Pơ"."""
    return folded.replace("đ", "d").replace("ă", "a")


@functools.cache
def _undotted_district_table() -> dict[str, tuple[_District, ...]]:
    """:func:`district_table` keyed by :func:`_undot` of its keys: the fallback when a page
    writes a district's đ as d or ă as a, tried only when the name as written is not found."""
    table: dict[str, list[_District]] = {}
    for key, found in district_table().items():
        table.setdefault(_undot(key), []).extend(found)
    return {key: tuple(found) for key, found in table.items()}


def _strip_parenthetical(name: str) -> str:
    return re.sub(r"\s*\(.*?\)\s*", "", name).strip()


def _canonical_province(candidate: str) -> str | None:
    """The province ``candidate`` names (longest prefix of up to 4 words), or None."""
    words = candidate.replace("-", " ").split()
    for size in range(min(len(words), MAX_PLACE_WORDS), 0, -1):
        province = _PROVINCE_BY_FOLD.get(_province_key(" ".join(words[:size])))
        if province is not None:
            return province
    return None


def _canonical_district(
    kind: str | None, candidate: str, province: str | None
) -> tuple[str, str | None] | None:
    """(district, province) for ``<kind> <candidate>`` (longest known prefix of its words).

    Names are matched across spelling variants ("Đăk Mil", "Hoà Vang"), the exact spelling
    first. A name several provinces share ("Châu Thành") is placed by ``province`` when that is
    one of them, else by ``kind``; still ambiguous, the district is kept, the province None.
    A kind that disagrees with the gazetteer (a huyện since made a thị xã) is not a mismatch.
    """
    words = candidate.split()
    table = district_table()
    for size in range(min(len(words), MAX_PLACE_WORDS), 0, -1):
        name = " ".join(words[:size])
        entries = table.get(fold(name)) or _undotted_district_table().get(_undot(fold(name)))
        if not entries:
            continue
        # Folding drops tones: "Thanh Trì" (Hà Nội) and "Thạnh Trị" (Sóc Trăng) fold alike.
        spelled = name.casefold()
        entries = tuple(e for e in entries if e.name.casefold() == spelled) or entries
        if province is not None:
            entries = tuple(e for e in entries if e.province == province) or entries
        if kind is not None and len(entries) > 1:
            entries = tuple(e for e in entries if e.kind == kind) or entries
        provinces = {entry.province for entry in entries}
        return entries[0].name, provinces.pop() if len(provinces) == 1 else None
    return None


# ---------------------------------------------------------------------------------------------
# Organiser, province, district
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Organizer:
    """The unit that held the meeting: its name as printed, its level and where it stands."""

    name: str
    level: OrganizerLevel
    start: int  # offset of the name in the article


def _listed_member(text: str, start: int) -> bool:
    """Whether the unit at ``start`` of ``text`` is a member of a list of units "gồm" opens
    (LISTED_MEMBER_BEFORE_RE): the first thing listed is a unit. A list of people or of
    topics ("Với đội ngũ gồm 320 cán bộ, ..., năm 2031 Trung tâm Y tế huyện X đã khám", "bao
    gồm các nội dung ..., do Trung tâm Y tế huyện Y tổ chức") ends before the sentence's
    subject. A list the organising verb follows (LISTED_SUBJECT_AFTER_RE) is its subject."""
    listed = LISTED_MEMBER_BEFORE_RE.search(text, max(0, start - LISTED_MEMBER_LOOKBACK), start)
    if listed is None:
        return False
    first = listed.start("list")
    if LISTED_SUBJECT_AFTER_RE.match(text, start):
        return False  # the list holds the meeting
    return first == start or any(pattern.match(text, first) for pattern, _ in ORGANIZER_PATTERNS)


def _named_as_parent(text: str, start: int) -> bool:
    """Whether the unit at ``start`` is named as the parent of a unit named just before it
    ("Bệnh viện Quân y 68 (Tổng cục Kỹ thuật)", "Trạm Y tế xã X thuộc Trung tâm Y tế ..."):
    that unit's name ends in a capitalised word or a number, not in a generic noun ("các đơn
    vị trực thuộc Sở Y tế tỉnh X tổ chức ...": the department is the organiser)."""
    cue = PARENT_BEFORE_RE.search(text, max(0, start - PARENT_LOOKBACK), start)
    if cue is None:
        return False
    words = text[max(0, cue.start() - CHILD_NAME_LOOKBACK) : cue.start()].split()
    last = words[-1] if words else ""
    return last[:1].isupper() or last[:1].isdigit()


def _names_central_city(name: str) -> bool:
    """Whether a unit's name ends in a city run by the centre ("... TP Đà Nẵng")."""
    place = DISTRICT_IN_NAME_RE.search(name)
    return (
        place is not None
        and place.group("name") is not None
        and place.group("type").lower().startswith(("tp", "thành phố"))
        and _canonical_province(place.group("name")) in CENTRAL_CITIES
    )


def _visit(text: str, span: Span) -> re.Match[str] | None:
    """The first verb of a working session or a visit in ``span`` of ``text`` (VISIT_RE, not
    after a word that makes "làm việc" a workplace), or None."""
    for visit in VISIT_RE.finditer(text, span.start, span.end):
        if not NOT_A_SESSION_BEFORE_RE.search(
            text, max(0, visit.start() - NOT_A_SESSION_LOOKBACK), visit.start()
        ) and _held_at(text, visit.start()):
            return visit
    return None


def _held_at(text: str, verb: int) -> bool:
    """Whether the visit verb at ``verb`` of ``text`` is a session: any verb but "làm việc
    tại", and that one only after a visit's opening words (SESSION_AT_OPENER_BEFORE_RE), not
    "về" after a staff noun (STAFF_BEFORE_RE: a post taken, not a visit)."""
    if not SESSION_AT_RE.match(text, verb):
        return True
    opener = SESSION_AT_OPENER_BEFORE_RE.search(text, max(0, verb - SESSION_AT_LOOKBACK), verb)
    if opener is None:
        return False
    return not (
        opener["opener"].lower().startswith("về")
        and STAFF_BEFORE_RE.search(text, max(0, opener.start() - STAFF_LOOKBACK), opener.start())
        is not None
    )


def _unit_before(text: str, start: int, end: int) -> bool:
    """Whether a unit is named between ``start`` and ``end`` of ``text`` in the sentence that
    ``end`` is in: the subject of a visit verb ("Trung tâm Y tế huyện X làm việc với lãnh đạo
    Sở Y tế"), which makes the leaders after the verb the visitors -- not one a delegation
    names (DELEGATION_BEFORE_RE), which is the visitor itself."""
    low = start
    while (found := _sentence_break(text, low, end)) is not None:
        low = found
    return any(
        not DELEGATION_BEFORE_RE.search(
            text, max(0, match.start() - DELEGATION_LOOKBACK), match.start()
        )
        for pattern, _ in ORGANIZER_PATTERNS
        for match in pattern.finditer(text, low, end)
    )


def _listed_partner(text: str, low: int, start: int) -> bool:
    """Whether the unit at ``start`` of ``text`` is listed after a partner cue
    (LISTED_PARTNER_BEFORE_RE: "phối hợp với A và B") that a unit named before it, in the same
    sentence from ``low`` on and in the cue's clause (no comma between), leads."""
    cue = LISTED_PARTNER_BEFORE_RE.search(text, max(low, start - LISTED_PARTNER_LOOKBACK), start)
    if cue is None:
        return False
    # (the leader opens the cue's clause: not a patron or an authority fronted before a comma,
    # "Được sự quan tâm của X, với sự phối hợp của ...", "Thực hiện chỉ đạo của X, kết hợp với
    # <an event>, Y tổ chức": Y leads)
    clause = text.rfind(",", low, cue.start()) + 1
    if clause > low and not text[clause : cue.start()].strip():
        # (the cue right after a comma, "X, phối hợp với A và B, tổ chức ...": the clause before
        # the comma leads the list, unless it is such a fronted patron or authority)
        leader = text.rfind(",", low, clause - 1) + 1
        if not FRONTED_PATRON_RE.match(text, max(low, leader), clause - 1):
            return _unit_before(text, max(low, leader), clause - 1)
    return _unit_before(text, max(low, clause), cue.start())


def _sentence_break(text: str, start: int, end: int) -> int | None:
    """Where the first sentence or paragraph that starts between ``start`` and ``end`` of
    ``text`` opens (a stop before a capital: text.INNER_SENTENCE_END_RE; a line break), or
    None."""
    line = text.find("\n", start, end)
    for stop in INNER_SENTENCE_END_RE.finditer(text, start, end):
        if 0 <= line < stop.start():
            break
        opening = text[stop.end() : stop.end() + 2].lstrip('"“(')
        if opening[:1].isupper():
            return stop.end()
    return line + 1 if line >= 0 else None


# What :func:`_citation` finds a unit to be: not cited, cited before another unit as the
# subject (it ranks last: CITED_RANK), cited before a place as the subject, or a plan's owner
# whose target the work reaches (both dropped: the place or the worker is the page's).
NOT_CITED, CITED_BEFORE_A_UNIT, CITED_BEFORE_A_PLACE = range(3)
CITED_RANK = 4
# A meeting named right after the cited unit ("Theo báo cáo của X tại hội nghị tổng kết ...,"):
# X holds that meeting and reports its own work (MEETING_OF_BEFORE_RE's case), no source.
MEETING_AFTER_CITED_RE = re.compile(
    r"\s*(?:tại|trong)\s+(?:các\s+)?(?:hội\s+nghị|buổi|cuộc\s+họp|lễ|báo\s+cáo\s+tổng\s+kết)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A clause that ranks its subject within an area ("nhiều nhất huyện", "dẫn đầu tuyến huyện",
# "cao nhất tỉnh"): the subject is an example among the cited unit's own, not the page's.
RANKED_WITHIN_RE = re.compile(
    r"(?<![^\W\d_])(?:nhất|dẫn\s+đầu)\s+(?:(?:toàn|trong|cả|của)\s+)?(?:tuyến\s+)?"
    r"(?:huyện|tỉnh|thành\s+phố|thị\s+xã|quận|ngành)(?![^\W\d_])",
    re.IGNORECASE,
)


def _citation(text: str, start: int, end: int) -> int:
    """Whether the unit at ``start``:``end`` of ``text`` is an authority or a source the
    sentence cites (NOT_CITED, CITED_BEFORE_A_UNIT, CITED_BEFORE_A_PLACE): named in a fronted
    adverbial ("Theo / Thực hiện / Căn cứ / Dưới sự ... của X,", "Được X giao ...,":
    FRONTED_BEFORE_RE) after which another unit or a place opens the clause as its subject
    ("..., năm 2031 Trung tâm Y tế huyện Y đã ..."); or the owner of a plan whose target the
    work reaches ("đạt 90% kế hoạch của X"). A unit's own plan, schedule or procedure cites
    nothing ("Theo lịch của X, các trạm y tế xã tiêm ..."); nor does a report X gives at
    its meeting ("Theo báo cáo của X tại hội nghị ...": MEETING_AFTER_CITED_RE), nor one
    whose clause ranks its subject within X's area ("..., xã Y khám ..., nhiều nhất huyện":
    RANKED_WITHIN_RE)."""
    guidance = GUIDANCE_BEFORE_RE.search(text, max(0, start - GUIDANCE_LOOKBACK), start)
    if guidance is not None and guidance["target"]:
        return CITED_BEFORE_A_PLACE
    cue = guidance.start() if guidance is not None else None
    if cue is None:
        entrusted = ENTRUSTED_BEFORE_RE.search(text, max(0, start - ENTRUSTED_LOOKBACK), start)
        cue = entrusted.start() if entrusted is not None else None
    if cue is None:
        return NOT_CITED
    low = max(0, cue - FRONTED_LOOKBACK)
    if not FRONTED_BEFORE_RE.search(("\n" if low == 0 else "") + text[low:cue]):
        return NOT_CITED
    if MEETING_AFTER_CITED_RE.match(text, end):
        return NOT_CITED
    close = CLAUSE_CLOSE_RE.search(text, end, min(len(text), end + CITED_CLAUSE_CHARS))
    if close is None or close.group() != ",":
        return NOT_CITED
    full_stop = CLAUSE_SENTENCE_END_RE.search(text, close.end())
    if RANKED_WITHIN_RE.search(
        text, close.end(), full_stop.start() if full_stop is not None else len(text)
    ):
        return NOT_CITED
    stop = SENTENCE_STOP_RE.search(text, close.end(), close.end() + CITED_SUBJECT_CHARS)
    window_end = stop.start() if stop is not None else close.end() + CITED_SUBJECT_CHARS
    window_end = min(window_end, len(text))
    if any(
        _opens_clause(text, close.end(), found.start())
        for pattern, _ in ORGANIZER_PATTERNS
        for found in pattern.finditer(text, close.end(), window_end)
    ):
        return CITED_BEFORE_A_UNIT
    if any(
        _opens_clause(text, close.end(), found.start())
        for found in PLACE_SUBJECT_RE.finditer(text, close.end(), window_end)
    ):
        return CITED_BEFORE_A_PLACE
    return NOT_CITED


def _honours(text: str, start: int) -> bool:
    """Whether the unit at ``start`` of ``text`` is the agent of a passive honour its clause
    names ("được UBND tỉnh công nhận đạt chuẩn", "được Sở Y tế tặng Bằng khen": HONOUR): the
    authority that honours or recognises the subject's work, not the subject."""
    if HONOUR_OF_BEFORE_RE.search(text, max(0, start - HONOUR_OF_LOOKBACK), start):
        return True  # ("đón nhận Bằng khen của Bộ trưởng Bộ Y tế", "Cờ thi đua của UBND tỉnh")
    entrusted = ENTRUSTED_BEFORE_RE.search(text, max(0, start - ENTRUSTED_LOOKBACK), start)
    return entrusted is not None and HONOUR_AHEAD_RE.match(text, start) is None


# The end of a fronted adverbial (a comma) or of its sentence.
CLAUSE_CLOSE_RE = re.compile(r"[,.;!?\n]")
SENTENCE_STOP_RE = re.compile(r"[.;!?\n]")
# The end of a sentence, not a figure's thousands dot ("4.800").
CLAUSE_SENTENCE_END_RE = re.compile(r"[.;!?](?!\S)|\n")


def _opens_clause(text: str, low: int, start: int) -> bool:
    """Whether the unit or place at ``start`` of ``text`` can be the subject of the clause
    opening at ``low``: not right after an object's or a guest's word
    (NOT_SUBJECT_WORD_BEFORE_RE)."""
    return not NOT_SUBJECT_WORD_BEFORE_RE.search(text, low, start)


def find_organizer(text: str, span: Span) -> Organizer | None:
    """The organiser named in ``span`` of ``text``, or None: of the first unit each pattern
    finds (not a document's issuer, nor a delegation of guests, GUEST_DELEGATION_BEFORE_RE, nor
    a unit named as another's parent, nor the owner of a plan whose target the work reaches,
    nor an authority cited before a place that works: :func:`_citation`), by rank:

    - the host of a working session or a visit (HOST_BEFORE_RE: "làm việc với", "thăm",
      "chúc mừng" just before it), when the span has not first said who holds the meeting and
      the unit is not the leaders a subject named before the verb visits;
    - the subject of the organising verb in the verb's own sentence (not a partner): the one
      nearest the verb;
    - the holder of a meeting the span names ("hội nghị tổng kết ... của X": MEETING_OF_BEFORE_RE),
      whoever attends it;
    - any other unit: the first named;
    - in a session or a visit, a unit named as a leader's office (OFFICE_BEFORE_RE:
      "Giám đốc Sở Y tế ..."), the visitor's;
    - last, an authority or a source a fronted adverbial cites before another unit as the
      subject ("Theo số liệu của X, năm 2031 Y đã ...": :func:`_citation`).
    """
    found: list[tuple[int, int, str, OrganizerLevel]] = []
    # (not a verb of what a unit will hold next: "Theo kế hoạch, Hội đồng ... huyện sẽ tổ chức
    # khám tuyển từ ngày 12/12")
    verb = next(
        (
            found_verb
            for found_verb in ORGANIZER_VERB_RE.finditer(text, span.start, span.end)
            if not FUTURE_BEFORE_RE.search(
                text, max(span.start, found_verb.start() - FUTURE_LOOKBACK), found_verb.start()
            )
        ),
        None,
    )
    holding = HOLDING_VERB_RE.search(text, span.start, span.end)
    visit = _visit(text, span)
    # (a visit after the sentence has said who holds the meeting is no session of its own)
    if visit is not None and holding is not None and holding.start() < visit.start():
        visit = None
    for pattern, level in ORGANIZER_PATTERNS:
        chosen: tuple[int, int, str, OrganizerLevel] | None = None
        for match in pattern.finditer(text, span.start, span.end):
            if ISSUER_BEFORE_RE.search(
                text, max(0, match.start() - ISSUER_LOOKBACK), match.start()
            ):
                continue  # the issuer of a document the article carries out
            cited = _citation(text, match.start(), match.end())
            if cited == CITED_BEFORE_A_PLACE:
                continue  # the authority whose guidance a place's work follows
            if GUEST_DELEGATION_BEFORE_RE.search(
                text, max(0, match.start() - GUEST_DELEGATION_LOOKBACK), match.start()
            ):
                continue  # a delegation of guests
            if _listed_member(text, match.start()):
                continue  # a member of a list the sentence counts
            if _named_as_parent(text, match.start()):
                continue  # the parent of the unit named before it
            if ASSIGNER_BEFORE_RE.search(
                text, max(0, match.start() - ASSIGNER_LOOKBACK), match.start()
            ) and ASSIGNED_AFTER_RE.match(text, match.end()):
                continue  # the body that set a target ("vượt chỉ tiêu do UBND tỉnh giao")
            if _honours(text, match.start()):
                continue  # the authority that honours the subject ("được UBND tỉnh công nhận")
            if pattern is PROVINCE_CENTRE_RE and VENUE_BEFORE_RE.search(
                text, max(0, match.start() - VENUE_LOOKBACK), match.start()
            ):
                continue  # a province's centre as the venue of another's work
            # The subject of "tổ chức" is the organiser (not a partner named with it);
            # otherwise the first unit named.
            partner = PARTNER_BEFORE_RE.search(
                text, max(0, match.start() - PARTNER_LOOKBACK), match.start()
            ) is not None or (
                verb is not None
                and match.start() < verb.start()
                and _listed_partner(text, span.start, match.start())
            )
            # (the verb's own sentence only: across a sentence end, or a paragraph, the unit is
            # no subject of it: a whole body's units before a late "tổ chức tư vấn")
            before_verb = (
                0
                if verb is not None
                and match.start() < verb.start()
                and not partner
                and _sentence_break(text, match.end(), verb.start()) is None
                else 2
            )
            if before_verb and MEETING_OF_BEFORE_RE.search(
                text, max(0, match.start() - MEETING_OF_LOOKBACK), match.start()
            ):
                before_verb = 1  # the holder of the meeting the sentence names
            host = (
                HOST_BEFORE_RE.search(text, max(0, match.start() - HOST_LOOKBACK), match.start())
                if visit is not None
                else None
            )
            if host is not None and not _held_at(text, host.start()):
                host = None  # a workplace, not the host of a session
            if host is not None and not (
                host["leaders"] and _unit_before(text, span.start, host.start())
            ):
                before_verb = -1  # the host of a working session
            elif visit is not None and OFFICE_BEFORE_RE.search(
                text, max(0, match.start() - OFFICE_LOOKBACK), match.start()
            ):
                before_verb = 3  # a visitor's office: any other unit the span names first
            if cited == CITED_BEFORE_A_UNIT or (
                # (named first, no subject of the organising verb nor the holder of the
                # meeting: "hội nghị tổng kết ... của Cục X")
                before_verb == 2
                and MINISTRY_DEPARTMENT_RE.match(text, match.start())
                and OF_BEFORE_RE.search(text, max(0, match.start() - OF_LOOKBACK), match.start())
            ):
                before_verb = CITED_RANK  # below every unit the sentence names as its own
            name = match.group().strip()
            if ACRONYM_NAMES_RE.match(name):
                name = ACRONYM_IN_NAME_RE.sub("", name)
            central = CENTRAL_AFTER_RE.match(text, match.end())
            if level == OrganizerLevel.PROVINCE and central is not None:
                # An agency's kind named for the nation: "Trung tâm Truyền thông giáo dục sức
                # khỏe Trung ương" is the ministry's centre, not a province's.
                name, level = text[match.start() : central.end()], OrganizerLevel.NATIONAL
            if level == OrganizerLevel.DISTRICT and PLURAL_DISTRICTS_RE.search(name):
                level = OrganizerLevel.PROVINCE
            if level == OrganizerLevel.DISTRICT and _names_central_city(name):
                # "Ban Chỉ đạo ... TP Cần Thơ": a city run by the centre is a province.
                level = OrganizerLevel.PROVINCE
            if chosen is None or before_verb == 1:
                chosen = (before_verb, match.start(), name, level)
            if chosen[0] != 2:
                break
            # (the first unit of a kind named plainly, a guest's: the holder of the meeting the
            # span names after it, a unit of the same kind, ranks above it: "đại diện Hội X
            # huyện A dự hội nghị tổng kết ... của Hội X tỉnh B")
        if chosen is not None:
            found.append(chosen)
    if not found:
        return None
    found.sort(key=lambda item: (item[0], -item[1] if item[0] == 0 else item[1]))
    _, start, name, level = found[0]
    if (
        level == OrganizerLevel.HOSPITAL
        and CENTRAL_UNIT_RE.search(name)
        and PROGRAMME_WORK_RE.search(text, span.start, span.end)
        and national_scope(text)
    ):
        # A central hospital leading a national programme ("Bệnh viện Da liễu Trung ương ...
        # tổng kết phòng chống bệnh phong", the country's figures) meets at the nation's level;
        # its own year's review ("tổng kết công tác năm 2030"), naming the country's figures
        # beside its own, is the hospital's.
        level = OrganizerLevel.NATIONAL
    if BARE_SUB_DEPARTMENT_RE.fullmatch(name):
        # ("Chi cục đã kiểm tra 217 cơ sở ... Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm
        # tỉnh": the sub-department the page names in full)
        named = next(
            (
                agency.group().strip()
                for agency in NAMED_AGENCY_RE.finditer(text)
                if agency.group().startswith("Chi cục")
            ),
            None,
        )
        name = named or name
    return Organizer(name, level, start)


# What an association does when it is the organiser: holds the meeting, reviews its work.
ASSOCIATION_VERB_RE = re.compile(rf"{ORGANIZER_VERB_RE.pattern}|\b(?:tổng kết|sơ kết)\b")


# Before an association, what makes it the subject of its sentence: nothing (the sentence opens
# with it, after one adverbial and its comma: "Sáng 2/3, Hội Châm cứu huyện X khám ..."), or its
# members ("các hội viên (của) Hội X", "lương y của hội Đông y X"); not a clause after another
# subject ("xã X chăm lo ...; Hội Chữ thập đỏ thăm khám ...").
ASSOCIATION_SUBJECT_BEFORE_RE = re.compile(
    r"[.!?\n]\s*(?:[^,.;:!?\n]{0,50},\s*)?(?:(?:các|những)\s+)?"
    r"(?:(?:hội\s+viên|lương\s+y|thầy\s+thuốc|cán\s+bộ|thành\s+viên)\s+(?:của\s+)?)?$",
    re.IGNORECASE,
)
ASSOCIATION_SUBJECT_LOOKBACK = 100
# An honour in a clause, named by its object ("được UBND tỉnh tặng bằng khen", "được công nhận
# là đơn vị xuất sắc", "được Trung ương Hội tặng cờ thi đua"): a unit honoured at its own
# meeting, no receiver of care or of another unit's service. A bare "tặng" or "trao" is a gift
# ("được Trung tâm Y tế huyện X trao tặng 40 xe lăn", "khám và tặng quà"): the giver's work.
HONOUR = (
    r"bằng\s+khen|giấy\s+khen|cờ\s+thi\s+đua|cờ\s+(?:đơn\s+vị\s+)?dẫn\s+đầu|huân\s+chương"
    r"|huy\s+chương|kỷ\s+niệm\s+chương|danh\s+hiệu|công\s+nhận\s+(?:là|đạt)|khen\s+thưởng"
    r"|vinh\s+danh|biểu\s+dương"
)
HONOUR_REACH = 40
# A verb of holding or running between the agent and the honour word makes the agent the
# meeting's holder and the honour its purpose ("hội nghị được Sở Y tế tổ chức nhằm biểu dương
# ...", "lễ kỷ niệm được Sở Y tế X tổ chức nhằm vinh danh ..."): the honour reaches no further.
HOLDING_VERB = r"(?<![^\W\d_])(?:tổ\s+chức|chủ\s+trì|phối\s+hợp|tiến\s+hành|khai\s+mạc)(?![^\W\d_])"
HONOUR_AHEAD = (
    rf"(?!(?:(?!{HOLDING_VERB})[^,.;:!?\n]){{0,{HONOUR_REACH}}}?"
    rf"(?<![^\W\d_])(?:{HONOUR})(?![^\W\d_]))"
)
HONOUR_AHEAD_RE = re.compile(HONOUR_AHEAD, re.IGNORECASE)
# An honour named by its object, then whose it is ("Bằng khen của Bộ trưởng Bộ Y tế", "Cờ thi
# đua của UBND tỉnh", "danh hiệu ... của Chủ tịch nước"): the authority that gives it, not the
# unit that receives it.
HONOUR_OF_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:bằng\s+khen|giấy\s+khen|cờ\s+thi\s+đua|cờ\s+(?:đơn\s+vị\s+)?dẫn\s+đầu"
    r"|huân\s+chương|huy\s+chương|kỷ\s+niệm\s+chương)\s+của\s+"
    r"(?:(?:bộ\s+trưởng|chủ\s+tịch|thủ\s+tướng|giám\s+đốc)\s+)?$",
    re.IGNORECASE,
)
HONOUR_OF_LOOKBACK = 40
# After an association, words that make it the one who receives, benefits or sponsors, not the
# one who works: "Hội X (đã) được ... khám", "bị", "nhận 300 bình xịt", "là đơn vị tài trợ";
# not one honoured (HONOUR_AHEAD), nor one that takes in the units of blood of its own drive
# ("tiếp nhận 410 đơn vị máu").
RECEIVER_AFTER_RE = re.compile(
    # (after the rest of a name cut short, up to its place: "... tật tỉnh X là đơn vị tài trợ")
    r"(?:(?:\s+[^\W\d_]+){0,2}?\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận|xã|phường"
    rf"|thị\s+trấn|TP\.?)\s+{CAP_WORDS})?"
    rf"\s*(?:(?:đã|vừa|đều|cũng)\s+)?(?:được{HONOUR_AHEAD}|bị|nhận"
    r"|tiếp\s+nhận(?!\s+(?:(?:được|thêm|gần|hơn|trên)\s+)?\d[\d.,]*\s+(?:đơn\s+vị|bịch|túi)\s+máu)"
    r"|thụ\s+hưởng|là\s+(?:đơn\s+vị|nhà)\s+tài\s+trợ|tài\s+trợ)(?![^\W\d_])",
    re.IGNORECASE,
)
# In the association's clause, the word before the unit that does the work to it: "có 320 hội
# viên được Trạm Y tế xã X khám", "do Trung tâm Y tế huyện Y trao tặng".
AGENT_CUE_RE = re.compile(r"(?<![^\W\d_])(?:được|do|bởi)\s+", re.IGNORECASE)
CLAUSE_END_RE = re.compile(r"[,.;:!?\n]")


def association_holds(text: str, organizer: Organizer, sentence_end: int, lead_end: int) -> bool:
    """Whether ``organizer`` may stand as the organiser: any unit, but an association
    (level "other") only as the subject of the meeting verb in its sentence (ending at
    ``sentence_end``) or, in the lead (ending at ``lead_end``), of its clause
    (ASSOCIATION_SUBJECT_BEFORE_RE: the association or its members do the work, whatever the
    verb: "Hội Châm cứu xã X khám ...", "các hội viên Hội Y dược học cổ truyền tỉnh Y đã
    khám ..."). One named at another's side ("Trạm Y tế xã phối hợp với Hội Chữ thập đỏ
    ...", "đại diện Hội Phụ nữ dự"), or at its work further on in the body, takes part: the
    place the article reports on is the owner."""
    if organizer.level != OrganizerLevel.OTHER:
        return True
    after = organizer.start + len(organizer.name)
    if _receives(text, after, sentence_end):
        return False
    if MEETING_OF_BEFORE_RE.search(
        text, max(0, organizer.start - MEETING_OF_LOOKBACK), organizer.start
    ):
        return True  # the holder of the meeting its sentence names ("hội nghị ... của Hội X")
    low = max(0, organizer.start - ASSOCIATION_SUBJECT_LOOKBACK)
    before = ("\n" if low == 0 else "") + text[low : organizer.start]
    if organizer.start < lead_end and ASSOCIATION_SUBJECT_BEFORE_RE.search(before):
        return True
    return ASSOCIATION_VERB_RE.search(text, after, sentence_end) is not None


# A mass organisation's association (the Red Cross, the elderly's, the women's, the veterans',
# the farmers', the study-promotion one), named with its place: a body of that place's people,
# not of a health profession, that works at the place's level ("Hội Chữ thập đỏ huyện X" the
# district's, "Hội Người cao tuổi xã Y" the commune's, "Hội Chữ thập đỏ TP.HCM" the city's); an
# association of a health profession (Đông y, Châm cứu, Điều dưỡng, Dược học) stays "other", as
# the gold conventions say.
MASS_ASSOCIATION_RE = re.compile(
    r"(?:Chi[ \t]+)?[Hh]ội[ \t]+(?:Chữ[ \t]+thập[ \t]+đỏ|CTĐ|Người[ \t]+cao[ \t]+tuổi|NCT"
    r"|Liên[ \t]+hiệp[ \t]+Phụ[ \t]+nữ|LHPN|Phụ[ \t]+nữ|Cựu[ \t]+chiến[ \t]+binh|CCB"
    r"|Nông[ \t]+dân|Khuyến[ \t]+học)(?![^\W\d_])",
    re.IGNORECASE,
)
# The place an association's name ends with: its kind, then its name (none for "huyện", "xã"
# alone: the page's own district or commune).
ASSOCIATION_PLACE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?P<commune>xã|phường|thị[ \t]+trấn)|(?P<district>huyện|thị[ \t]+xã|quận|TX)"
    r"|(?P<city>thành[ \t]+phố|TP)|(?P<province>tỉnh))(?![^\W\d_])\.?"
    rf"(?:[ \t]*(?P<name>{CAP_WORDS}))?"
)


# Before an association, the venue of another's work ("tại Hội Chữ thập đỏ tỉnh X, Ngân hàng Y
# đã tổ chức", "tại trụ sở Hội ..."): no subject of the verb after it.
ASSOCIATION_VENUE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:tại|ở)\s+(?:(?:trụ\s+sở|văn\s+phòng|hội\s+trường)\s+)?$", re.IGNORECASE
)
ASSOCIATION_VENUE_LOOKBACK = 24
# A comma in the association's clause that keeps it the subject: before its partners ("Hội X,
# phối hợp với Y, tổ chức") or the verb's own words, not before another's name ("tại Hội X,
# Ngân hàng Y đã tổ chức"); a semicolon ends its clause.
SAME_SUBJECT_COMMA_RE = re.compile(rf",\s*(?!{CAP})")
# (not a dot: "TP. Hải Phòng", "Ngày 16.6" stay in the clause)
CLAUSE_MARK_RE = re.compile(r"[,;]")


def _verb_subject(text: str, start: int, after: int, verb: re.Match[str]) -> bool:
    """Whether the unit named from ``start`` to ``after`` of ``text`` is the subject of
    ``verb``: not the venue of another's work (ASSOCIATION_VENUE_BEFORE_RE), nor a unit
    whose clause another subject's opens before the verb (SAME_SUBJECT_COMMA_RE: "tại Hội X,
    Ngân hàng Y đã tổ chức"), nor one for whom another does the work (AGENT_CUE_RE before the
    verb: "Hội X tiếp nhận 235 đơn vị máu tại ngày hội do Huyện đoàn tổ chức")."""
    if ASSOCIATION_VENUE_BEFORE_RE.search(text, max(0, start - ASSOCIATION_VENUE_LOOKBACK), start):
        return False
    between = text[after : verb.start()]
    if AGENT_CUE_RE.search(between):
        return False
    return all(
        SAME_SUBJECT_COMMA_RE.match(between, comma.start())
        for comma in CLAUSE_MARK_RE.finditer(between)
    )


def mass_association_level(text: str, organizer: Organizer, sentence_end: int) -> Organizer:
    """``organizer`` at its place's level when it is a mass organisation's association
    (MASS_ASSOCIATION_RE) that holds the event its sentence (ending at ``sentence_end`` of
    ``text``) names as its subject (ORGANIZER_VERB_RE after its name, :func:`_verb_subject`:
    "Hội Chữ thập đỏ huyện X phối hợp với ... tổ chức khám bệnh"; not a venue, "tại Hội Chữ
    thập đỏ tỉnh X, Ngân hàng Y đã tổ chức ...") and whose name places it (a commune, a
    district or a town, a province or a city run by the centre: ASSOCIATION_PLACE_RE, or a
    province's name alone, "Hội Chữ thập đỏ Long An"); else ``organizer`` as it is (one
    honoured or taking in blood is an association's own news)."""
    if organizer.level != OrganizerLevel.OTHER:
        return organizer
    kind = MASS_ASSOCIATION_RE.match(organizer.name)
    after = organizer.start + len(organizer.name)
    verb = ORGANIZER_VERB_RE.search(text, after, sentence_end)
    if kind is None or verb is None or not _verb_subject(text, organizer.start, after, verb):
        return organizer
    rest = ACRONYM_IN_NAME_RE.sub("", organizer.name[kind.end() :])
    place = ASSOCIATION_PLACE_RE.search(rest)
    level: OrganizerLevel | None = None
    if place is None:
        level = OrganizerLevel.PROVINCE if is_province(rest.strip()) else None
    elif place["commune"]:
        level = OrganizerLevel.COMMUNE
    elif place["district"]:
        level = OrganizerLevel.DISTRICT
    elif place["province"]:
        level = OrganizerLevel.PROVINCE
    elif place["name"]:
        # (a city: a province when the centre runs it, else a district's rank)
        central = _canonical_province(place["name"]) in CENTRAL_CITIES
        level = OrganizerLevel.PROVINCE if central else OrganizerLevel.DISTRICT
    if level is None:
        return organizer
    return Organizer(organizer.name, level, organizer.start)


def _receives(text: str, after: int, sentence_end: int) -> bool:
    """Whether the association whose name ends at ``after`` receives, benefits or sponsors in
    its clause (RECEIVER_AFTER_RE right after its name), or another unit is that clause's
    agent ("được / do <unit>": AGENT_CUE_RE) but for an honour (HONOUR_AHEAD_RE)."""
    if RECEIVER_AFTER_RE.match(text, after):
        return True
    stop = CLAUSE_END_RE.search(text, after, sentence_end)
    end = stop.start() if stop is not None else sentence_end
    return any(
        pattern.match(text, cue.end()) is not None
        for cue in AGENT_CUE_RE.finditer(text, after, end)
        if HONOUR_AHEAD_RE.match(text, cue.end()) is not None
        for pattern, level in ORGANIZER_PATTERNS
        if level != OrganizerLevel.OTHER
    )


def plans_only(text: str, span: Span) -> bool:
    """Whether every organising verb of ``span`` of ``text`` (one at least) is what a unit will
    hold next (FUTURE_BEFORE_RE: "Theo kế hoạch, Hội đồng ... huyện sẽ tổ chức khám tuyển từ
    ngày 12/12"): a plan's sentence, whose unit is not the page's own work's."""
    verbs = list(ORGANIZER_VERB_RE.finditer(text, span.start, span.end))
    return bool(verbs) and all(
        FUTURE_BEFORE_RE.search(text, max(span.start, verb.start() - FUTURE_LOOKBACK), verb.start())
        for verb in verbs
    )


# Before a sector or a unit, the union of its workers ("Công đoàn ngành Y tế tỉnh X", "Công đoàn
# Bệnh viện Y"): it meets, even at its congress, at the level of the sector or unit it serves.
UNION_BEFORE_RE = re.compile(r"(?<![^\W\d_])[Cc]ông\s+đoàn(?:\s+cơ\s+sở)?\s+$")
UNION_LOOKBACK = 16


def union_of(text: str, organizer: Organizer) -> bool:
    """Whether ``organizer`` (a sector or a unit of ``text``) is named as the one whose workers'
    union is meant ("Công đoàn ngành Y tế tỉnh X": UNION_BEFORE_RE right before its name)."""
    return (
        UNION_BEFORE_RE.search(text, max(0, organizer.start - UNION_LOOKBACK), organizer.start)
        is not None
    )


def sector_subject(text: str, span: Span) -> Organizer | None:
    """The bare sector as the subject of the meeting verb ("Ngày 30-9, ngành y tế tổ chức hội
    nghị sơ kết"): the organiser, though the body goes on to name other units ("các chỉ tiêu
    được Bộ Y tế giao"). At the nation's level when the article speaks of the whole country."""
    verb = ORGANIZER_VERB_RE.search(text, span.start, span.end)
    if verb is None:
        return None
    return _bare_sector(text, span.start, verb.start())


def sector_named(text: str, span: Span) -> Organizer | None:
    """The health sector ``span`` of ``text`` names as a whole, with no place after it ("ngành
    y tế": the province's, or the nation's when the article speaks of the country; "ngành y tế
    tỉnh": the province's), or None: in a page's opening sentence, the page's subject."""
    return _bare_sector(text, span.start, span.end)


def national_scope(text: str) -> bool:
    """Whether the article speaks of the nation (a national cue outside a comparison and
    outside a citation of the nation as the authority the work follows): a bare "ngành y tế"
    is then the nation's sector, else the province's."""
    cited = (
        [(found.start("body"), found.end()) for found in CITED_NATION_RE.finditer(text)]
        if _names_own_place(text) and not MANY_PROVINCES_RE.search(text)
        else []
    )
    return any(
        not _compared(text, match.start())
        and not any(start <= match.start() < end for start, end in cited)
        for match in NATIONAL_CUE_RE.finditer(text)
    )


def _names_own_place(text: str) -> bool:
    """Whether ``text`` names a province or a district of the gazetteer ("tỉnh Ninh Bình",
    "ngành y tế Nghệ An", "huyện Thạch Hà") or its unnamed province ("toàn tỉnh", "trên địa bàn
    tỉnh"): a page that can follow the nation's lead; "18 tỉnh, thành phố" is none."""
    if any(
        _canonical_province(found.group("name")) for found in PROVINCE_MENTION_RE.finditer(text)
    ):
        return True
    if any(found["province"] or found["capital"] for found in WHOLE_PLACE_RE.finditer(text)):
        return True
    return next(iter(_districts_named(text, None)), None) is not None


def _compared(text: str, start: int, pattern: re.Pattern[str] = NATIONAL_COMPARISON_RE) -> bool:
    """Whether the national cue at ``start`` ends a comparison ("so với cả nước"); with
    ``pattern`` RANK_RE, whether the whole province there ends a rank ("đứng thứ 2 toàn
    tỉnh"); with PROVINCE_COMPARISON_RE, a comparison ("cao hơn so với toàn tỉnh")."""
    low = max(0, start - COMPARISON_LOOKBACK)
    return pattern.search(text, low, start) is not None


def _whole_place(text: str, start: int, end: int, *, inside: bool) -> Organizer | None:
    """The whole province or nation ``text`` names between ``start`` and ``end`` ("toàn tỉnh",
    "trên địa bàn tỉnh", "toàn quốc" outside a comparison; "trong tỉnh" too when ``inside``;
    "Toàn tỉnh", "Trên địa bàn tỉnh" opening a sentence), at its level, or None."""
    for whole in WHOLE_PLACE_RE.finditer(text, start, end):
        if whole["inside"] and not inside:
            continue  # ("người bệnh trong tỉnh": a noun's qualifier, seldom the page's subject)
        if whole["national"] and _compared(text, whole.start()):
            return None
        if not whole["national"] and (
            _compared(text, whole.start(), RANK_RE)
            or _compared(text, whole.start(), PROVINCE_COMPARISON_RE)
        ):
            continue  # ("đứng thứ 2 toàn tỉnh", "cao hơn so với toàn tỉnh": the field a
            # district is ranked in, or measured against)
        level = OrganizerLevel.NATIONAL if whole["national"] else OrganizerLevel.PROVINCE
        name = whole.group().strip()  # ("Cả nước" opening a sentence: named "cả nước")
        return Organizer(
            name[0].lower() + name[1:] if whole["national"] else name, level, whole.start()
        )
    opening = WHOLE_PROVINCE_OPENING_RE.search(text, start, end)
    if opening is not None and DISTRICTS_AFTER_OPENING_RE.match(text, opening.end()):
        # ("Trên địa bàn tỉnh, các huyện A, B ...": the whole province opening a sentence, in
        # the case WHOLE_PLACE_RE does not read, before the districts it holds; named as it
        # reads it)
        name = opening.group()
        return Organizer(name[0].lower() + name[1:], OrganizerLevel.PROVINCE, opening.start())
    return None


def _bare_sector(text: str, start: int, end: int) -> Organizer | None:
    """A bare "ngành Y tế" ``text`` names between ``start`` and ``end``: the province's, or the
    nation's when the article speaks of the country; "ngành y tế tỉnh" with no name the
    province's (UNNAMED_PROVINCE_SECTOR_RE), whichever comes first; or None."""
    bare = BARE_SECTOR_RE.search(text, start, end)
    provincial = UNNAMED_PROVINCE_SECTOR_RE.search(text, start, end)
    if provincial is not None and (bare is None or provincial.start() < bare.start()):
        return Organizer(provincial.group(), OrganizerLevel.PROVINCE, provincial.start())
    if bare is None:
        return None
    level = OrganizerLevel.NATIONAL if national_scope(text) else OrganizerLevel.PROVINCE
    return Organizer(bare.group(), level, bare.start())


def whole_sector(
    text: str, spans: Iterable[Span], following: Span | None = None
) -> Organizer | None:
    """The whole sector or place ``spans`` (the headline, the lead) speak of: a bare "ngành Y
    tế" (the province's, or the nation's when the article speaks of the country), "toàn tỉnh",
    "toàn quốc" outside a comparison (not "trong tỉnh", which qualifies a noun there); or
    None. A unit the body names further on is then one of its units, not the page's
    subject; but the sector the next span (after the last, ``following``: the body's first
    sentence when there is no lead) names with its place ("ngành y tế huyện X"), the bare one
    said again (:func:`_sector_named_next`), is the page's."""
    spans = list(spans)
    for index, span in enumerate(spans):
        whole = _whole_place(text, span.start, span.end, inside=False)
        if whole is not None:
            return whole
        bare = _bare_sector(text, span.start, span.end)
        if bare is not None:
            later = spans[index + 1 :] or ([following] if following is not None else [])
            return _sector_named_next(text, later) or bare
    return None


def place_organizer(
    text: str, spans: Iterable[Span], headline: Span | None = None
) -> Organizer | None:
    """The organiser of an article that names no unit: the first place (or bare "ngành Y
    tế", or the hospitals as a group, not in the ``headline``: "Các bệnh viện tỉnh ... thiếu
    thuốc" is news about them) the headline, the lead or the opening sentences name, at its
    level."""
    for span in spans:
        hospitals = (
            HOSPITAL_GROUP_RE.match(text, span.start, span.end) if span != headline else None
        )
        if hospitals is not None:
            # the subject, whatever place the sentence goes on to name
            return Organizer(
                hospitals.group("group"), OrganizerLevel.HOSPITAL, hospitals.start("group")
            )
        hospital = BARE_HOSPITAL_SUBJECT_RE.match(text, span.start, span.end)
        if hospital is not None:
            return Organizer(
                hospital.group("unit"), OrganizerLevel.HOSPITAL, hospital.start("unit")
            )
        # Not a list of other places ("Hội Đông y các tỉnh Hà Giang, Bắc Kạn" as guests).
        match = next(
            (
                m
                for m in PLACE_SUBJECT_RE.finditer(text, span.start, span.end)
                if not NOT_SUBJECT_BEFORE_RE.search(
                    text, max(0, m.start() - NOT_SUBJECT_LOOKBACK), m.start()
                )
            ),
            None,
        )
        opening = PROVINCE_SUBJECT_RE.match(text, span.start, span.end)
        if (
            opening is not None
            and is_province(opening.group("name"))
            and (match is None or opening.start("name") < match.start())
        ):
            # A province named bare as the subject ("Vĩnh Long chăm lo ...", "Năm 2030, Sóc
            # Trăng có ..."): the province's own page.
            return Organizer(opening.group("name"), OrganizerLevel.PROVINCE, opening.start("name"))
        district = DISTRICT_SUBJECT_RE.match(text, span.start, span.end)
        if (
            district is not None
            and _is_bare_district(district.group("name"))
            and (match is None or district.start("name") < match.start())
            and not _names_own_province(text, span, district.group("name"))
        ):
            # A district named bare as the subject ("Đến nay X ghi nhận ...", "X: 95% trẻ
            # ..."): the district's own page.
            return Organizer(
                district.group("name"), OrganizerLevel.DISTRICT, district.start("name")
            )
        whole = _whole_place(text, span.start, match.start() if match else span.end, inside=True)
        if whole is not None:
            return whole
        if match is not None:
            group = next(g for g in ("commune", "district", "city", "province") if match[g])
            if group == "city":
                central = _canonical_province(match.group("name")) in CENTRAL_CITIES
                level = OrganizerLevel.PROVINCE if central else OrganizerLevel.DISTRICT
            else:
                level = OrganizerLevel(group)  # the other group names are levels
            if level == OrganizerLevel.DISTRICT:
                province = _listed_districts_province(text, match)
                if province is not None:
                    return province
            return Organizer(match.group().strip(), level, match.start())
        bare = _bare_sector(text, span.start, span.end)
        if bare is not None:
            return bare
        district = WHOLE_DISTRICT_RE.search(text, span.start, span.end)
        if district is not None:
            return Organizer(district.group(), OrganizerLevel.DISTRICT, district.start())
    return None


def context_place(text: str, organizer: Organizer) -> bool:
    """Whether ``organizer``, read from a page's place (:func:`place_organizer`), is the nation
    ("trên cả nước", "toàn quốc") or the bare sector ("Ngành y tế cho biết, ..."): on a unit's
    own site the context of the unit's work, not its subject."""
    return organizer.level == OrganizerLevel.NATIONAL or (
        BARE_SECTOR_RE.match(text, organizer.start) is not None
    )


def body_sector(text: str, span: Span) -> Organizer | None:
    """The whole province or nation, or the bare sector, ``span`` (the body, after an opening
    that names no unit and no place) names first ("Ngành y tế cho biết, ...", "... trên toàn
    tỉnh", "trên địa bàn tỉnh"), at its level: the page's own subject, its place's health work
    as a whole, when nothing else names one; or None."""
    found = [
        sector
        for sector in (
            _whole_place(text, span.start, span.end, inside=False),
            _bare_sector(text, span.start, span.end),
        )
        if sector is not None
    ]
    return min(found, key=lambda sector: sector.start, default=None)


# A capitalised run of words, a province's name when the gazetteer knows it ("Bến Tre", "Hà
# Nội"; "TPHCM").
CAPITALISED_RUN_RE = re.compile(CAP_WORDS)
# Before a province's name, words that make it no place the page reports on: a lower unit's
# kind ("huyện Quảng Ninh", "thành phố Thái Bình"), a list or a comparison ("các tỉnh X, Y", "so
# với Y"), the provinces a figure counts ("13 tỉnh ... (X, Y)").
NOT_OWN_PROVINCE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|thành\s+phố|TP\.?|TX\.?|các"
    r"|gồm|như|là)\s*$",
    re.IGNORECASE,
)
NOT_OWN_PROVINCE_LOOKBACK = 12
# Before a province's name, a person's home ("Bệnh nhân nam 56 tuổi, quê Hà Tĩnh", "trú tại X",
# "(45 tuổi, ở X)", "anh A, người X", "đến từ X"): where a patient lives, not the page's place.
HOME_PROVINCE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:quê(?:\s+quán)?(?:\s+(?:ở|tại))?|(?:thường\s+|tạm\s+)?trú(?:\s+(?:ở|tại))?"
    r"|tuổi\s*,?\s*(?:ở|tại)|,\s*người|đến\s+từ)\s*:?\s*$",
    re.IGNORECASE,
)
HOME_PROVINCE_LOOKBACK = 24
# Before a province's name, a place elsewhere than the page's own: where its patients are sent
# ("được chuyển lên tuyến trên tại Hà Nội", "chuyển xuống Hà Nội") or what its figures are set
# beside ("so với Y", "cao hơn Y", "chỉ sau Hà Nội"). On a province's own outlet (its address
# names it) the page is then that province's.
ELSEWHERE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:chuyển|đưa)(?:\s+(?:viện|tuyến|gấp|lên|xuống|về|ra|vào|đến|tới))+"
    r"(?:\s+[^\W\d_]+){0,2}?(?:\s+(?:tại|ở))?|(?:chỉ\s+|đứng\s+)?sau|so\s+với|hơn)\s*$",
    re.IGNORECASE,
)
ELSEWHERE_LOOKBACK = 40
# A man's name the gazetteer also knows as a province's ("tư tưởng, đạo đức, phong cách Hồ Chí
# Minh"): the city, bare, is written "Thành phố Hồ Chí Minh", "TP.HCM".
PERSON_NAMES = frozenset({"Hồ Chí Minh"})
# The nation's provinces counted ("60/63 tỉnh thành", "13 tỉnh, thành phố"): the nation's page.
PROVINCES_COUNTED_RE = re.compile(
    r"(?<![\d.,])\d{1,2}(?:/63)?\s+tỉnh(?:\s*,?\s*thành(?:\s+phố)?)?(?![^\W\d_])",
    re.IGNORECASE,
)
# An address whose slug (the headline as the address spells it) speaks of the whole country
# ("/nua-nam-ca-nuoc-co-88-vu-ngo-doc"): a page stored without its headline is the nation's.
NATIONAL_SLUG_RE = re.compile(r"(?<![a-z0-9])(?:ca-nuoc|toan-quoc)(?![a-z0-9])")


def figures_place(text: str, spans: Iterable[Span], url: str | None = None) -> Organizer | None:
    """The place whose figures a page reports when it names no unit, no whole place and no
    sector (often a page stored without its headline and lead): the one province its opening
    ``spans`` name, bare, as its subject or the owner of its work ("Cụ thể, trong tháng 2, Bến
    Tre đã ghi nhận 59 ca", "các cơ quan chức năng của Hà Nội đã kiểm tra ..."), at the
    province's level; else the nation, when the page speaks of it (:func:`national_scope`,
    the nation's provinces counted, "60/63 tỉnh thành", or its address's slug, "ca-nuoc"), its
    name then empty; else None. Several provinces named are examples, none the page's own.
    On a province's own outlet (its address names it: :func:`host_province`), a province
    named only as elsewhere (ELSEWHERE_BEFORE_RE: "chuyển lên tuyến trên tại Hà Nội", "chỉ sau
    Hà Nội") leaves the outlet's province, and the provinces a figure counts or the address's
    slug ("ngay-toan-quoc-phong-chong-...": a campaign's name) make no national page."""
    named: dict[str, re.Match[str]] = {}
    elsewhere = False
    for span in spans:
        for found in CAPITALISED_RUN_RE.finditer(text, span.start, span.end):
            province = _canonical_province(found.group())
            if province is None or found.group() in PERSON_NAMES:
                continue
            if ELSEWHERE_BEFORE_RE.search(
                text, max(0, found.start() - ELSEWHERE_LOOKBACK), found.start()
            ):
                elsewhere = True
                continue
            if NOT_OWN_PROVINCE_BEFORE_RE.search(
                text, max(0, found.start() - NOT_OWN_PROVINCE_LOOKBACK), found.start()
            ):
                continue
            if HOME_PROVINCE_BEFORE_RE.search(
                text, max(0, found.start() - HOME_PROVINCE_LOOKBACK), found.start()
            ):
                continue  # a person's home province
            named.setdefault(province, found)
    if len(named) == 1:
        found = next(iter(named.values()))
        return Organizer(found.group(), OrganizerLevel.PROVINCE, found.start())
    outlet = host_province(url)
    if not named and elsewhere and outlet is not None:
        return Organizer(outlet, OrganizerLevel.PROVINCE, 0)
    path = urlsplit(url).path.casefold() if url else ""
    if national_scope(text) or (
        outlet is None and (PROVINCES_COUNTED_RE.search(text) or NATIONAL_SLUG_RE.search(path))
    ):
        return Organizer("", OrganizerLevel.NATIONAL, 0)
    return None


# The sector named with its place ("ngành y tế huyện X", "ngành Y tế tỉnh Y").
NAMED_SECTOR_RE = re.compile(
    r"[Nn]gành [Yy] tế[ \t]+(?:(?P<district>huyện|thị xã|quận)|(?P<city>thành phố|TP\.?)|tỉnh)"
    rf"[ \t]+(?P<name>{CAP_WORDS})"
)


# After a sector named with its place, a rank among others ("... là đơn vị dẫn đầu", "là một
# trong những địa phương ..."): an example the page praises, not its own subject.
RANKED_AFTER_RE = re.compile(
    r"^[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?là[ \t]+(?:đơn[ \t]+vị|địa[ \t]+phương|một[ \t]+trong)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def _example_sector(before: str, after: str) -> bool:
    """Whether the sector named with its place, ``before`` it in its sentence and ``after`` it,
    is an example the page gives, not the headline's sector said again: its sentence names a
    province or its Sở first ("Theo Sở Y tế tỉnh X, năm N ngành y tế huyện A ..."), or ranks it
    ("ngành y tế huyện A là đơn vị dẫn đầu")."""
    named_first = any(
        _canonical_province(found.group("name")) or found.group().startswith("Sở")
        for found in PROVINCE_MENTION_RE.finditer(before)
    ) or re.search(r"(?<![^\W\d_])Sở[ \t]+Y[ \t]+tế(?![^\W\d_])", before)
    return bool(named_first or RANKED_AFTER_RE.search(after))


def _sector_named_next(text: str, spans: list[Span]) -> Organizer | None:
    """The sector the span after a headline's bare "ngành y tế" names with its place (headline
    "Thực hiện chỉ đạo của Chính phủ, ngành y tế tăng cường ...", lead "..., ngành y tế huyện X
    đã ..."): the same sector, its place now said; else None."""
    if not spans:
        return None
    found = NAMED_SECTOR_RE.search(text, spans[0].start, spans[0].end)
    if found is None:
        return None
    opening = max(
        (m.end() for m in re.finditer(r"[.!?](?=\s)|\n", text[spans[0].start : found.start()])),
        default=0,
    )
    before = text[spans[0].start + opening : found.start()]
    if _example_sector(before, text[found.end() : spans[0].end]):
        return None
    if found["district"]:
        level = OrganizerLevel.DISTRICT
    elif found["city"]:
        central = _canonical_province(found.group("name")) in CENTRAL_CITIES
        level = OrganizerLevel.PROVINCE if central else OrganizerLevel.DISTRICT
    else:
        level = OrganizerLevel.PROVINCE
    return Organizer(found.group().strip(), level, found.start())


# Between two districts of one list ("tại huyện A và huyện B", "ở huyện A, huyện B"; the sites
# of a province's work): no sentence's or paragraph's end, and no comparison or partnership
# ("nhiều hơn huyện B", "phối hợp với huyện B": the first district's own page).
LISTED_DISTRICTS_GAP_RE = re.compile(
    r"[^.;!?\n]{0,80}(?:\n[^.;!?\n]{0,80})?"  # (a hard-wrapped line goes on)
)
# The list goes on from the first district with a joiner, on its line or the hard-wrapped next
# ("huyện A và (cơ sở) huyện B", "huyện A, huyện B"), and holds no figure: a verb or a clause
# after the first district ("huyện A đã cử bác sĩ hỗ trợ huyện B", "huyện A đạt 97%, trong khi
# huyện B") makes it the subject.
LIST_JOINER_AFTER_RE = re.compile(r"[ \t]*\n?[ \t]*(?:,|(?:và|hoặc)(?![^\W\d_]))")
NOT_A_LIST_RE = re.compile(
    r"(?<![^\W\d_])(?:hơn|so\s+với|với|cùng|giáp|sang|thuộc|của)(?![^\W\d_])", re.IGNORECASE
)
# The whole province, unnamed, opening a sentence ("... và huyện Sìn Hồ. Toàn tỉnh đã tiêm
# ..."): WHOLE_PLACE_RE reads it in lower case only.
WHOLE_PROVINCE_OPENING_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Toàn|Trên địa bàn)[ \t]+tỉnh(?![ \t]+[A-ZĐ])(?!\w)",
    re.MULTILINE,
)
# A list of districts that names their kind once, plural ("các huyện A, B và C"), its later
# names bare after a comma or "và".
PLURAL_DISTRICTS_BEFORE_RE = re.compile(r"(?<![^\W\d_])các[ \t]+[HhQqTt]", re.IGNORECASE)
LISTED_BARE_AFTER_RE = re.compile(rf"(?:,|(?<![^\W\d_])và)[ \t]+(?P<name>{CAP_WORDS})")
# After the whole province opening a sentence, the districts it holds in that sentence.
DISTRICTS_AFTER_OPENING_RE = re.compile(
    r"[^.;!?\n]{0,40}?(?<![^\W\d_])(?:[Hh]uyện|[Tt]hị\s+xã|[Qq]uận)[ \t]+[A-ZĐ]"
)
LISTED_DISTRICT_AFTER_RE = re.compile(
    r"(?<!\w)(?:[Hh]uyện|[Tt]hị xã|[Qq]uận|TX\.?|[Tt]hành phố|TP\.?)"
    rf"(?:[ \t]+|(?<=\.))(?P<name>{CAP_WORDS})"
)


def _listed_districts_province(text: str, match: re.Match[str]) -> Organizer | None:
    """The province of a district ``match`` names that is the first of a list of districts
    (another district of the same province named next in the same sentence, joined with no
    comparison or partnership between: LISTED_DISTRICTS_GAP_RE, LIST_JOINER_AFTER_RE, no figure,
    NOT_A_LIST_RE), when the page
    names that province (its name, or "toàn tỉnh" / "trên địa bàn tỉnh"): the sites of the
    province's work, the province's page; else None."""
    first = _canonical_district(None, match.group("name"), None)
    if first is None or first[1] is None:
        return None
    gap = LISTED_DISTRICTS_GAP_RE.match(text, match.end())
    if gap is None or not LIST_JOINER_AFTER_RE.match(text, match.end()):
        return None
    others = list(LISTED_DISTRICT_AFTER_RE.finditer(text, match.end(), gap.end()))
    if PLURAL_DISTRICTS_BEFORE_RE.search(text, max(0, match.start() - 6), match.start() + 1):
        # ("các huyện A, B và C": the kind named once for the list)
        others += LISTED_BARE_AFTER_RE.finditer(text, match.end(), gap.end())
        others.sort(key=lambda found: found.start())
    for other in others:
        if NOT_A_LIST_RE.search(text, match.end(), other.start()) or any(
            char.isdigit() for char in text[match.end() : other.start()]
        ):
            return None
        second = _canonical_district(None, other.group("name"), first[1])
        if second is None or second[0] == first[0] or second[1] != first[1]:
            continue
        whole = next(
            (w for w in WHOLE_PLACE_RE.finditer(text) if w["province"] or w["capital"]), None
        )
        named = next(
            (
                found
                for found in PROVINCE_MENTION_RE.finditer(text)
                if _canonical_province(found.group("name")) == first[1]
            ),
            None,
        )
        if named is not None:
            return Organizer(named.group().strip(), OrganizerLevel.PROVINCE, named.start())
        if whole is not None:
            return Organizer(whole.group().strip(), OrganizerLevel.PROVINCE, whole.start())
        opening = WHOLE_PROVINCE_OPENING_RE.search(text)
        if opening is not None:
            # (named as WHOLE_PLACE_RE reads it: "toàn tỉnh", the province's whole)
            name = opening.group()
            return Organizer(name[0].lower() + name[1:], OrganizerLevel.PROVINCE, opening.start())
        return None
    return None


# The whole province as a second subject beside a district named bare, with its own figure in
# its clause ("...; toàn tỉnh Lâm Đồng ghi nhận 1.140 ca", "năm 2024 toàn tỉnh áp dụng cho 120
# xã"): the province's page, the district one example. Not the district's own claim that ranks
# it in its province or sets it against the province ("dẫn đầu toàn tỉnh với 99%", "cao nhất
# tỉnh", "chiếm một nửa số ca của tỉnh X", "bình quân của tỉnh X", "đầu tiên trong tỉnh").
PROVINCE_FIGURE_AFTER_RE = re.compile(r"[^,.;:!?\n]{0,40}?\d")
DISTRICT_CLAIM_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:nhất|đầu|cuối|của|hơn|với|so\s+với|trong)[ \t]+(?:toàn[ \t]+)?$",
    re.IGNORECASE,
)
DISTRICT_CLAIM_LOOKBACK = 16


def _names_own_province(text: str, span: Span, district: str) -> bool:
    """Whether ``span`` of ``text`` speaks of the whole province of ``district`` (a district
    named bare as its subject) as a second subject with its own figure: the whole province
    unnamed ("toàn tỉnh", WHOLE_PLACE_RE) or named as the district's own ("toàn tỉnh X", "tỉnh
    X"), followed in its clause by a figure (PROVINCE_FIGURE_AFTER_RE) and not in the
    district's claim (DISTRICT_CLAIM_BEFORE_RE)."""
    own = {entry.province for entry in district_table().get(fold(district), ())}
    wholes = [
        whole
        for whole in WHOLE_PLACE_RE.finditer(text, span.start, span.end)
        if whole["province"] or whole["capital"]
    ]
    named = [
        found
        for found in PROVINCE_MENTION_RE.finditer(text, span.start, span.end)
        if _canonical_province(found.group("name")) in own
    ]
    return any(
        not DISTRICT_CLAIM_BEFORE_RE.search(
            text, max(span.start, found.start() - DISTRICT_CLAIM_LOOKBACK), found.start()
        )
        and PROVINCE_FIGURE_AFTER_RE.match(text, found.end(), span.end) is not None
        for found in wholes + named
    )


# A province's name written as a web host writes it: unaccented, no spaces ("quangnam"), and
# the short forms hosts use for a few.
HOST_PROVINCE_ALIASES: dict[str, str] = {
    "hochiminhcity": "Hồ Chí Minh",
    "tphcm": "Hồ Chí Minh",
    "hcmcity": "Hồ Chí Minh",
    "hue": "Thừa Thiên Huế",
    "brvt": "Bà Rịa - Vũng Tàu",
    "daklak": "Đắk Lắk",
}
# A host label shorter than this matches a province only as the whole label ("hue.gov.vn").
MIN_EMBEDDED_SLUG = 5
# Short forms a host glues to another word at either end ("dansohcm.gov.vn").
HOST_EDGE_ALIASES: dict[str, str] = {"hcm": "Hồ Chí Minh"}


def _slug(name: str) -> str:
    """ "Quảng Nam" -> "quangnam", "Quận 1" -> "quan1": the unaccented letters and the digits of
    a name, as in a web address (numbered districts keep their numbers apart)."""
    decomposed = unicodedata.normalize("NFD", name.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if "a" <= ch <= "z" or "0" <= ch <= "9")


@functools.cache
def _host_slugs() -> tuple[tuple[str, str], ...]:
    slugs = {_slug(name): name for name in PROVINCES}
    slugs.update(HOST_PROVINCE_ALIASES)
    # Longest first: "hanam" must not claim "hanamdinh"-like hosts before a longer slug.
    return tuple(sorted(slugs.items(), key=lambda item: -len(item[0])))


def province_of_page(url: str | None, site_name: str | None) -> str | None:
    """The province a page belongs to, from its site name ("Báo Quảng Nam") or its host
    (``baoquangnam.vn``, ``soyte.hanam.gov.vn``: a province's unaccented name in a label),
    else its path (see :func:`_path_province`)."""
    if site_name:
        for match in PROVINCE_MENTION_RE.finditer(site_name):
            province = _canonical_province(match.group("name"))
            if province is not None:
                return province
        words = site_name.split()
        for start in range(len(words)):
            if is_province(" ".join(words[start:])):
                return _canonical_province(" ".join(words[start:]))
    if not url:
        return None
    return host_province(url) or _path_province(urlsplit(url).path)


def host_province(url: str | None) -> str | None:
    """The province a page's host names (a province's outlet or portal, ``baoquangnam.vn``,
    ``soyte.hanam.gov.vn``, a district's portal ``phucat.binhdinh.gov.vn``: a province's
    unaccented name in a label), or None."""
    host = (urlsplit(url).hostname or "").casefold() if url else ""
    for label in host.split("."):
        label = label.replace("-", "")
        for slug, province in _host_slugs():
            if label == slug or (len(slug) >= MIN_EMBEDDED_SLUG and slug in label):
                return province
        for slug, province in HOST_EDGE_ALIASES.items():
            if label.startswith(slug) or label.endswith(slug):
                return province
    return None


# How many hyphen-separated words of a path slug a province's name may take ("ba-ria-vung-tau").
MAX_SLUG_WORDS = 4


def _path_province(path: str) -> str | None:
    """The first province an address's path spells as hyphenated unaccented words
    ("/ha-tinh-phat-hien-25-mau-thuoc.htm", "/29-nganh-y-te-binh-duong-so-ket", a city's alias
    "tphcm"); only names of :data:`MIN_EMBEDDED_SLUG` letters or more (short ones hide in other
    words)."""
    slugs = dict(_host_slugs())
    for segment in path.casefold().split("/"):
        words = re.split(r"[^a-z0-9]+", segment)
        for start in range(len(words)):
            # (one word only for a host's alias of a city: "/an-toan-thuc-pham-o-tphcm")
            for size in range(MAX_SLUG_WORDS, 0, -1):
                joined = "".join(words[start : start + size])
                if len(joined) >= MIN_EMBEDDED_SLUG and joined in slugs:
                    return slugs[joined]
    return None


# A district's name inside a host label ("benhvienhuulung.vn") only when it is this long
# (short names hide inside other words); a shorter one only as the whole label, as a district
# portal names itself ("sontra.danang.gov.vn", "donggiang.gov.vn"); never one a province is
# spelt so ("thanhhoa").
MIN_HOST_DISTRICT_SLUG = 7
# A health centre's host label: its name, a district's kind (HEALTH_CENTRE_LABEL_KINDS, below),
# then the district's slug whole.
# How a district health centre's own host label opens ("trungtamytequyhop", "ttytvinhlinh").
HEALTH_CENTRE_LABEL_START = r"(?:trungtamyte|ttyt)"
HEALTH_CENTRE_LABEL_RE = re.compile(rf"{HEALTH_CENTRE_LABEL_START}(?P<rest>[a-z0-9]+)$")


def _health_centre_label_district(label: str) -> tuple[_District, ...]:
    """The districts whose whole slug a health centre's host ``label`` ends with, after the
    centre's name and maybe a district's kind ("ttytquyhop", "trungtamytethanhphovinh"), of
    that kind when some are; or ()."""
    match = HEALTH_CENTRE_LABEL_RE.match(label)
    if match is None:
        return ()
    slugs = dict(_district_slugs())
    rest = match.group("rest")
    if rest in slugs:
        return slugs[rest]
    for written, kind in HEALTH_CENTRE_LABEL_KINDS.items():
        entries = slugs.get(rest[len(written) :], ()) if rest.startswith(written) else ()
        if entries:
            return tuple(e for e in entries if e.kind == kind) or entries
    return ()


@functools.cache
def _district_slugs() -> tuple[tuple[str, tuple[_District, ...]], ...]:
    provinces = {slug for slug, _ in _host_slugs()}
    slugs: dict[str, list[_District]] = {}
    for entries in district_table().values():
        for entry in entries:
            slug = _slug(entry.name)
            if slug and slug not in provinces:
                slugs.setdefault(slug, []).append(entry)
    return tuple(sorted(((k, tuple(v)) for k, v in slugs.items()), key=lambda item: -len(item[0])))


def _page_district(url: str | None, province: str | None) -> tuple[str, str | None] | None:
    """(district, province) a page's host names (a district portal, a district hospital's
    site), else its path after a district's kind word (:func:`_path_district`), placed by
    ``province`` when several provinces share the name; else None."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").casefold()
    for label in host.split("."):
        label = label.replace("-", "")
        # A health centre's own site: the rest of its label after the centre's name and a
        # district's kind is the district's whole slug, however short ("ttytquyhop",
        # "trungtamytethanhphovinh").
        centre = _health_centre_label_district(label)
        if centre:
            if province is not None:
                centre = tuple(e for e in centre if e.province == province) or centre
            provinces = {entry.province for entry in centre}
            return centre[0].name, provinces.pop() if len(provinces) == 1 else None
        for slug, entries in _district_slugs():
            if label == slug or (len(slug) >= MIN_HOST_DISTRICT_SLUG and slug in label):
                if province is not None:
                    entries = tuple(e for e in entries if e.province == province) or entries
                provinces = {entry.province for entry in entries}
                return entries[0].name, provinces.pop() if len(provinces) == 1 else None
    return _path_district(urlsplit(url).path, province)


# A district in an address's path, after its kind's word ("/trung-tam-y-te-thi-xa-son-tay-
# dat-chuan", "/huyen-krong-pac-tong-ket"): up to MAX_SLUG_WORDS words of its name. After
# "quan" only a district of that kind: it is also the slug of "quản" and "quan"
# ("quan-ly-nhan-luc", "quan-tam-dao-tao"), whose next words may spell a district of another
# kind.
PATH_DISTRICT_RE = re.compile(
    r"(?<![a-z0-9])(?P<kind>huyen|thi-xa|thanh-pho|quan|tp|tx)"
    r"-(?P<name>[a-z0-9]+(?:-[a-z0-9]+){0,3})"
)
URBAN_DISTRICT = "quận"
# A kind word after a plural ("cac-huyen-vinh-va-cua-lo") is an ordinary slug, no address: a
# district of another kind (the city "Vinh") is no older name of the one it reads.
PATH_PLURAL_RE = re.compile(r"(?<![a-z0-9])(?:cac|nhung)-$")
PATH_DISTRICT_KINDS = {
    "huyen": "huyện",
    "thi-xa": "thị xã",
    "tx": "thị xã",
    "thanh-pho": "thành phố",
    "tp": "thành phố",
    "quan": "quận",
}
# The same kinds written into a host label, without hyphens ("ttytthanhphovinh").
HEALTH_CENTRE_LABEL_KINDS = {
    kind.replace("-", ""): name for kind, name in PATH_DISTRICT_KINDS.items()
}


def _path_district(path: str, province: str | None) -> tuple[str, str | None] | None:
    """(district, province) an address's ``path`` names after a district's kind word (the
    longest name the gazetteer knows, of that kind first, then of any kind, the page's kind
    may be an older one, but not after "quan" nor after a plural, PATH_PLURAL_RE; placed by
    ``province`` when several share it), or None."""
    slugs = dict(_district_slugs())
    for match in PATH_DISTRICT_RE.finditer(path.casefold()):
        kind = PATH_DISTRICT_KINDS[match.group("kind")]
        plural = PATH_PLURAL_RE.search(path.casefold(), 0, match.start()) is not None
        words = match.group("name").split("-")
        if kind == "quận" and words[0].isdigit():
            words[0] = "quan" + words[0]  # a numbered district's slug keeps its kind: "quan3"
        for size in range(len(words), 0, -1):
            named = slugs.get("".join(words[:size]), ())
            # (its kind may have changed since the page: "thị xã Từ Sơn", "huyện Bến Cát"; but
            # "quan" is also "quản", "quan": after it a district of that kind only)
            entries = tuple(e for e in named if e.kind == kind) or (
                tuple(named) if kind != URBAN_DISTRICT and not plural else ()
            )
            if entries:
                if province is not None:
                    entries = tuple(e for e in entries if e.province == province) or entries
                provinces = {entry.province for entry in entries}
                return entries[0].name, provinces.pop() if len(provinces) == 1 else None
    return None


# A district health centre's own site: its host opens with the centre's name, the district's
# after it ("trungtamytethanhthuy.vn", "ttytquyhop.vn", "trungtamytehuyenquocoai.com").
HEALTH_CENTRE_HOST_RE = re.compile(rf"^(?:www\.)?{HEALTH_CENTRE_LABEL_START}[a-z0-9-]")
HEALTH_CENTRE_NAME = "Trung tâm Y tế"


def host_health_centre(url: str | None) -> Organizer | None:
    """The district health centre whose own site ``url`` is on (its host names the centre and
    a district: :func:`_page_district`), named with its district ("Trung tâm Y tế huyện X"),
    as organiser of a page that names no unit and no place ("Kết quả kiểm tra Trung tâm năm
    2031: ..."); or None."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").casefold()
    found = _page_district(url, None) if HEALTH_CENTRE_HOST_RE.match(host) else None
    if found is None:
        return None
    district, province = found
    kinds = [e.kind for e in district_table().get(fold(district), ()) if e.province == province]
    name = f"{HEALTH_CENTRE_NAME} {kinds[0] if kinds else 'huyện'} {district}"
    return Organizer(name, OrganizerLevel.DISTRICT, 0)


# A hospital's own site: its host opens with the hospital's word ("bvttnamdinh.com.vn",
# "benhviennhitw.org.vn").
# (after "bv", a name: "bvdktinhquangtri", "bvnhitw"; not a ministry's initials,
# "bvhttdl.gov.vn", the Ministry of Culture, Sports and Tourism)
HOSPITAL_HOST_RE = re.compile(r"^(?:www\.)?(?:bv[a-z0-9-]*?[aeiouy]|benhvien[a-z0-9])")
# The page speaks of the hospital as its own, unnamed ("tại bệnh viện", "Bệnh viện đã ...").
BARE_HOSPITAL_RE = re.compile(r"(?<![^\W\d_])[Bb]ệnh[ \t]+viện(?![ \t]+[A-ZĐ])(?![^\W\d_])")
HOSPITAL_NAME = "Bệnh viện"


def host_hospital(text: str, url: str | None) -> Organizer | None:
    """The hospital whose own site ``url`` is on (its host opens with "bv" or "benhvien"), as
    organiser of a page that names no unit and no place but speaks of the hospital unnamed
    ("Công tác điều trị nội trú tại bệnh viện: ..."), at the hospital's level; or None."""
    if not url or not HOSPITAL_HOST_RE.match((urlsplit(url).hostname or "").casefold()):
        return None
    found = BARE_HOSPITAL_RE.search(text)
    return Organizer(HOSPITAL_NAME, OrganizerLevel.HOSPITAL, found.start()) if found else None


def _page_district_province(url: str | None) -> str | None:
    """The province of the district a page's host names (a district's portal or a district
    unit's site, "<district>.gov.vn"), when the gazetteer knows one province of that name."""
    found = _page_district(url, None)
    return found[1] if found is not None else None


def _province_votes(text: str, end: int) -> Counter[str]:
    votes: Counter[str] = Counter()
    for match in PROVINCE_MENTION_RE.finditer(text, 0, end):
        if PLURAL_BEFORE_RE.search(
            text, max(0, match.start() - PLURAL_BEFORE_CHARS), match.start()
        ):
            continue  # "đại biểu Hội Đông y các tỉnh Hà Giang, Bắc Kạn": guests, not the host
        province = _canonical_province(match.group("name"))
        if province:
            votes[province] += 1
    return votes


def _districts_named(source: str, hint: str | None) -> Iterable[tuple[str, str | None]]:
    """(district, province) for each "huyện/thị xã/thành phố/quận X" in ``source``, in order."""
    for match in DISTRICT_IN_NAME_RE.finditer(source):
        written = match.group("type").rstrip(".")
        kind = DISTRICT_KIND_NAMES.get(written, written.lower())
        if match.group("number") is not None:
            # The gazetteer names a numbered district with its kind: "Quận 3".
            found = _canonical_district(kind, f"Quận {match.group('number')}", hint)
            if found is not None:
                yield found
            continue
        if _canonical_province(match.group("name")) in CENTRAL_CITIES:
            continue  # a centrally-run city is a province, not a district
        found = _canonical_district(kind, match.group("name"), hint)
        if found is not None:
            yield found


# A district named as whom a unit served or helped ("khám miễn phí cho người dân huyện X",
# "chuyển giao kỹ thuật cho Trung tâm Y tế huyện Y", "về khám sàng lọc tại huyện Z"): no
# place of the unit's own.
BENEFICIARY_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:người\s+dân|nhân\s+dân|bà\s+con|cho(?:\s+(?:các\s+)?(?:Trung\s+tâm\s+Y\s+tế"
    r"|Bệnh\s+viện(?:\s+Đa\s+khoa)?|Trạm\s+Y\s+tế))?"
    r"|(?:khám|sàng\s+lọc)(?:[^\W\d_]|[ \t]){0,24}?[ \t](?:tại|ở))\s+$",
    re.IGNORECASE,
)
BENEFICIARY_LOOKBACK = 40
# ... and the districts listed right after it ("cho Trung tâm Y tế huyện X, huyện Y và huyện
# Z"): served too.
LIST_GAP_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# A unit of the nation by its name ("Viện ... Quốc gia").
NATIONAL_NAME_RE = re.compile(r"[Qq]uốc gia(?![^\W\d_])")


def _districts_province(source: str, organizer: str) -> str | None:
    """The province of the district ``source`` names most (of the gazetteer's districts that
    belong to one province only, not named as whom the unit served): where the article is when
    it names no province ("huyện Ba Vì", a photo caption's "huyện Mỹ Xuyên"), or None; None
    for a unit of the nation (``organizer`` named "Trung ương", "Quốc gia"), which helps
    districts anywhere."""
    if CENTRAL_UNIT_RE.search(organizer) or NATIONAL_NAME_RE.search(organizer):
        return None
    counted = Counter(
        province for _, province in _districts_not_served(source, None) if province is not None
    )
    return counted.most_common(1)[0][0] if counted else None


def _districts_not_served(source: str, hint: str | None) -> Iterable[tuple[str, str | None]]:
    """:func:`_districts_named` of ``source`` but those named as whom a unit served
    (BENEFICIARY_BEFORE_RE, and the districts listed right after one: LIST_GAP_RE)."""
    served_until = -1  # where the last district named as served ends
    for place in DISTRICT_IN_NAME_RE.finditer(source):
        if BENEFICIARY_BEFORE_RE.search(
            source, max(0, place.start() - BENEFICIARY_LOOKBACK), place.start()
        ) is not None or (
            served_until >= 0 and LIST_GAP_RE.fullmatch(source, served_until, place.start())
        ):
            served_until = place.end()
            continue
        served_until = -1
        yield from _districts_named(place.group(), hint)


# A headline that opens with a place, newspaper style: "Ninh Phước: Nâng cao ...".
HEADLINE_PLACE_RE = re.compile(rf"^\s*(?P<name>{CAP_WORDS})")
HEADLINE_PROVINCE_RE = re.compile(rf"^\s*(?P<name>{CAP_WORDS})[ \t]*:")
# A headline that says where: "Tỷ lệ sinh con thứ 3 ở Quảng Bình tăng".
HEADLINE_WHERE_RE = re.compile(rf"(?<![^\W\d_])(?:ở|tại)[ \t]+(?P<name>{CAP_WORDS})")


def _headline_province(headline: str) -> str | None:
    """The province a headline opens with, newspaper style ("Quảng Trị: Khám cho ..."), or
    says the news is in ("... ở Quảng Bình ...")."""
    for match in (HEADLINE_PROVINCE_RE.match(headline), HEADLINE_WHERE_RE.search(headline)):
        if match is not None and is_province(match.group("name")):
            return _canonical_province(match.group("name"))
    return None


def _headline_district(headline: str, hint: str | None) -> tuple[str, str | None] | None:
    """The district a headline opens with (a headline in capitals read in title case), when
    the province is known or the name is one province's; a province's name is not one."""
    if headline.isupper():
        headline = headline.title()
    match = HEADLINE_PLACE_RE.match(headline)
    if match is None or is_province(match.group("name").split(":")[0]):
        return None
    found = _canonical_district(None, match.group("name"), hint)
    if found is None or found[1] is None or (hint is not None and found[1] != hint):
        return None
    return found


def _is_bare_district(name: str) -> bool:
    """Whether ``name`` is, whole, a district of the gazetteer and no province's name."""
    return fold(name) in district_table() and not is_province(name)


def _bare_district(organizer: str, hint: str | None) -> tuple[str, str | None] | None:
    """ "Trung tâm Y tế Krông Pắc", "Bệnh viện đa khoa Sóc Sơn": a district unit named
    without "huyện" (a centre named as its province: that province's capital city); a
    district named bare ("Krông Năng" as the subject)."""
    if _is_bare_district(organizer):
        return _canonical_district(None, organizer, hint)
    centre = BARE_DISTRICT_UNIT_RE.match(organizer)
    match = centre or BARE_DISTRICT_HOSPITAL_RE.match(organizer)
    if match is None:
        return None
    name = match.group("name")
    if is_province(name):
        # "Trung tâm Y tế Lai Châu": a district centre named as its province is the centre of
        # the province's capital city of that name (thành phố Lai Châu); a hospital so named
        # is the province's.
        province = _canonical_province(name)
        if centre is None or province is None:
            return None
        found = _canonical_district("thành phố", name, province)
        return found if found is not None and found[1] == province else None
    return _canonical_district(None, name, hint)


def find_place(
    text: str,
    organizer: Organizer | None,
    near: list[str],
    body_end: int,
    page_province: str | None = None,
    page_url: str | None = None,
    headline: str = "",
) -> tuple[str | None, str | None]:
    """(province, district) of the organiser.

    The province comes from the organiser's name, else the district's (gazetteer), else the
    province the article names most, else the page's (``page_province``, see
    :func:`province_of_page`), else that of the district its host names; a national organiser
    has neither. A unit below the province takes
    the district in its own
    name, else the first one its sentence names (apposition first: "Trạm Y tế xã A, huyện B
    tổ chức"), else the headline and lead; a commune or district unit then takes the district
    the article names most, else the one its ``headline`` opens with ("Ninh Phước: ...",
    "CẦN GIỜ TỔ CHỨC ..."), else the one its page's host names (``page_url``, see
    :func:`_page_district`). A provincial hospital ("Bệnh viện Đa khoa tỉnh") has no district.
    """
    name = organizer.name if organizer else ""
    level = organizer.level if organizer else OrganizerLevel.OTHER
    if level == OrganizerLevel.NATIONAL:
        return None, None
    named: str | None = None
    match = PROVINCE_IN_NAME_RE.search(name)
    if match is not None:
        named = _canonical_province(match.group("name"))
    elif is_province(name):
        named = _canonical_province(name)  # a province named bare as the page's subject
    votes = _province_votes(text, body_end)
    hint = (
        named
        or _province_in_parenthesis(near[0] if near and organizer else "", name)
        or _headline_province(headline)
        or (votes.most_common(1)[0][0] if votes else None)
        or _province_at_end(name)
        or page_province
        or _page_district_province(page_url)
        or _districts_province(text[:body_end], name)
    )
    if level not in SUB_PROVINCE_LEVELS:
        # An association of a district ("Hội Đông y huyện Núi Thành") is placed by its name.
        own = next(iter(_districts_named(name, hint)), None)
        if own is None and level == OrganizerLevel.OTHER and COMMUNE_IN_NAME_RE.search(name):
            # A commune's association ("Hội Đông y xã Tân Lập") is of the district the
            # article names most.
            counted = Counter(_districts_named(text[:body_end], hint))
            own = counted.most_common(1)[0][0] if counted else None
        if own is None or level != OrganizerLevel.OTHER:
            return hint, None
        return named or own[1] or hint, own[0]
    found = next(iter(_districts_named(name, hint)), None)
    if found is None and level in BARE_DISTRICT_LEVELS:
        found = _bare_district(name, hint)
    if found is None and not (level == OrganizerLevel.HOSPITAL and PROVINCIAL_UNIT_RE.search(name)):
        found = next((f for source in near for f in _districts_not_served(source, hint)), None)
        if found is None and level in ARTICLE_WIDE_DISTRICT_LEVELS:
            counted = Counter(_districts_named(text[:body_end], hint))
            found = counted.most_common(1)[0][0] if counted else None
        if found is None and level in ARTICLE_WIDE_DISTRICT_LEVELS and headline:
            found = _headline_district(headline, hint)
        if found is None:
            found = _page_district(page_url, hint)
    if found is None:
        return hint, None
    district, province = found
    return named or province or hint or _communes_province(text[:body_end], district), district


# A commune named with its kind: "xã Quới Thành", "thị trấn Châu Thành".
COMMUNE_NAMED_RE = re.compile(
    rf"(?<![^\W\d_])(?:[Xx]ã|[Pp]hường|[Tt]hị[ \t]+trấn)[ \t]+(?P<name>{CAP_WORDS})"
)


def _communes_province(source: str, district: str) -> str | None:
    """The province of ``district``, a name several provinces share ("Châu Thành"), that the
    communes ``source`` names in it agree on ("xã Quới Thành": Bến Tre's Châu Thành; "thị
    trấn Châu Thành" alone, in four provinces, places none); None when they place it in none
    or in several."""
    key = fold(district)
    agreed: set[str] | None = None
    for match in COMMUNE_NAMED_RE.finditer(source):
        words = match.group("name").split()
        for size in range(min(len(words), MAX_PLACE_WORDS), 0, -1):
            name = " ".join(words[:size])
            entries = _commune_table().get(fold(name), ())
            # (the exact spelling first: folding drops tones, "Thành" and "Thạnh" fold alike)
            entries = tuple(e for e in entries if e[0].casefold() == name.casefold()) or entries
            provinces = {province for _, own, province in entries if fold(own) == key}
            if provinces:
                agreed = provinces if agreed is None else agreed & provinces
                break
    return next(iter(agreed)) if agreed is not None and len(agreed) == 1 else None


# The place printed in brackets right after a unit's name: "Bệnh viện X (TPHCM)".
PARENTHESIS_PLACE_RE = re.compile(r"[ \t]*\((?P<name>[^()\n]{2,30})\)")


def _province_in_parenthesis(after: str, name: str) -> str | None:
    """The province printed in brackets right after the organiser's ``name`` at the start of
    ``after`` (the organiser's sentence from its name on: "Bệnh viện Chợ Rẫy (TPHCM) cho
    biết"), or None."""
    if not name or not after.startswith(name):
        return None
    match = PARENTHESIS_PLACE_RE.match(after, len(name))
    if match is None or not is_province(match.group("name").strip()):
        return None
    return _canonical_province(match.group("name").strip())


# A commune named in a unit's name: "Hội Đông y xã Tân Lập", "Hội Chữ thập đỏ phường 3".
COMMUNE_IN_NAME_RE = re.compile(r"(?<![^\W\d_])(?:xã|phường|thị trấn)(?![^\W\d_])")

# Words before a place name that make it a district, commune or city, not the province.
_NOT_PROVINCE_BEFORE = frozenset(
    {"huyện", "quận", "thị", "xã", "phường", "thành", "phố", "trấn", "tp", "tp.", "tx", "tx."}
)


def _province_at_end(name: str) -> str | None:
    """The province a unit's name ends with when it prints no "tỉnh" ("Bệnh viện Phổi Hải
    Dương"): a province name of two words or more, not after a district or commune word, or
    a city's acronym ("Bệnh viện Da liễu TPHCM") or a one-word name ("... Trung ương Huế")."""
    words = name.split()
    if len(words) > 1 and words[-1] in PROVINCE_ACRONYMS:
        return PROVINCE_ALIASES[words[-1]]
    if (
        len(words) > 1
        and words[-1] in PROVINCE_ALIASES
        and words[-2].lower() not in _NOT_PROVINCE_BEFORE
    ):
        # a province's one-word name as units print it ("Bệnh viện Trung ương Huế"), not the
        # city of that name ("Trung tâm Y tế thành phố Huế")
        return PROVINCE_ALIASES[words[-1]]
    for size in range(min(len(words) - 1, MAX_PLACE_WORDS), 1, -1):
        if words[-size - 1].lower() in _NOT_PROVINCE_BEFORE:
            continue
        tail = " ".join(words[-size:])
        if is_province(tail):
            return _canonical_province(tail)
    return None


def full_organizer(organizer: str, province: str | None, district: str | None = None) -> str:
    """``organizer`` completed with its province when the article writes only "Sở Y tế"
    ("Sở Y tế tổ chức ..."), and the province or the district itself, named, when the
    organiser is the whole place the page speaks of ("toàn tỉnh", "trong tỉnh" -> "tỉnh X";
    "toàn huyện", "trên địa bàn huyện" -> "huyện Y", given its ``district``)."""
    whole_district = WHOLE_DISTRICT_RE.fullmatch(organizer)
    if whole_district is not None and district:
        return f"{whole_district['kind']} {district}"
    if not province:
        return organizer
    kind = "thành phố" if province in CENTRAL_CITIES else "tỉnh"
    if organizer == "Sở Y tế":
        return f"Sở Y tế {kind} {province}"
    whole = WHOLE_PLACE_RE.fullmatch(organizer)
    if whole is not None and not whole["national"]:
        return f"{kind} {province}"
    return organizer


def is_province(name: str) -> bool:
    """Whether ``name`` is a province of the gazetteer (any spelling variant)."""
    canonical = _canonical_province(name)
    return canonical is not None and _province_key(name) in _PROVINCE_BY_FOLD


def names_place(name: str) -> bool:
    """Whether ``name`` is, whole, a district or a province of the gazetteer ("Điện Biên
    Đông", "Hồ Chí Minh"; not "Hoàn Thành")."""
    return fold(name) in district_table() or is_province(name)


def is_place(name: str) -> bool:
    """Whether ``name`` opens with a district or province of the gazetteer ("Ninh Kiều")."""
    words = name.split()
    table = district_table()
    return any(
        fold(" ".join(words[:size])) in table or is_province(" ".join(words[:size]))
        for size in range(min(len(words), MAX_PLACE_WORDS), 1, -1)
    )
