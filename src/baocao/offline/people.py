"""People of the offline backend: the persons an article names with their position and role."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from typing import Any

from baocao.offline.enums import PersonRole
from baocao.offline.places import is_place, is_province
from baocao.offline.text import CAP, LETTER, Layout, word_start

# ---------------------------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------------------------

# People.
# Common family names: a person's name starts with one ("Phó Giám đốc Sở Y tế Lê Chánh Thành").
_SURNAME_WORDS = """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Trịnh
Mai Tô Trương Lương Lưu Hà Cao Tạ Thái Châu Quách Lâm Triệu Tống La Đoàn Vương Phùng Chu
Nông Lò Đàm Khổng Hứa Giang Thân Lại Lạc Mạc Kiều Tăng Từ Doãn Khuất Cù Âu Nghiêm Bạch
Kim Lã Viên Diệp Ninh Tôn Quan Phương Kha Khúc Mẫn Đồng Y
"""
SURNAMES: tuple[str, ...] = tuple(_SURNAME_WORDS.split())
_POSITION_HEAD = (
    r"(?:Phó[ \t]+)?(?:Giám đốc|Chủ tịch|Bí thư|Bộ trưởng|Thứ trưởng|Trưởng ban|Trưởng phòng"
    r"|Trưởng khoa|Chi cục trưởng|Viện trưởng|Cục trưởng|Vụ trưởng|Tổng Giám đốc|Chánh Văn phòng"
    r"|Chánh Thanh tra|Trưởng Trạm|Trạm trưởng|Ủy viên|Uỷ viên|Tỉnh ủy viên|Tỉnh uỷ viên"
    r"|Đại biểu Quốc hội|Trưởng Ban)"
)
# Cheap test for a sentence that may name a person with a position. Cases spelled out, no
# character classes: only literal alternatives let the engine skip to their first letters.
PERSON_HINT_RE = re.compile(
    r"Giám đốc|Chủ tịch|Bí thư|trưởng|Trưởng|Ủỷ viên|Ủy viên|Uỷ viên|Uy viên|Đại biểu"
    r"|ông |Ông |bà |Bà |đồng chí|Đồng chí|TS|BS|GS|Bác sĩ|bác sĩ|Bác sỹ|bác sỹ|Dược sĩ|dược sĩ"
    r"|Điều dưỡng|điều dưỡng"
)
# A person's name; "Phó Giám đốc Sở Y tế Lê Chánh Thành": a position head shortly before it.
# Ê Đê and Jrai women's names open with "H'" glued to the name ("H'Lina Niê").
NAME_RE = re.compile(
    "(?:"
    + "|".join(word_start(surname, not_after=LETTER) for surname in SURNAMES)
    + "|"
    + word_start("H'", not_after=LETTER)
    + rf"{CAP})(?:[ \t]+{CAP}){{1,3}}(?!{LETTER})"
)
# "quận Ninh Kiều", "xã Lý Thường Kiệt": a place named like a person.
PLACE_BEFORE_RE = re.compile(
    r"(?:tỉnh|thành phố|TP\.?|quận|huyện|thị xã|thị trấn|xã|phường|thôn|bản|ấp|đường|phố)[ \t]+$",
    re.IGNORECASE,
)
POSITION_HEAD_RE = re.compile(_POSITION_HEAD)
POSITION_MAX_CHARS = 80
POSITION_BREAK_RE = re.compile(r"[,.;:()]")
# "ông Phạm Văn Trúc, Phó Giám đốc ...": honorific, name, then the position.
# Professional titles before a name ("Bác sĩ Lê Văn A", "BS.CKII Lê Văn A", "ThS.BS Lê Văn A",
# "điều dưỡng Lê Thị B"): the name is a person even without a position after it.
_PROFESSIONAL_TITLE = (
    r"(?:[bB]ác s[ĩỹ](?:[ \t]+(?:chuyên khoa|CK)[ \t]*I{1,2})?|[dD]ược s[ĩỹ]"
    r"|[đĐ]iều dưỡng(?:[ \t]+trưởng)?|\b(?:PGS\.?[ \t]*TS|ThS|TS|BS|BSCK|GS)"
    r"(?:\.?[ \t]*(?:BS|CKI{1,2}|DS))*\.?)"
)
PROFESSIONAL_TITLE_BEFORE_RE = re.compile(rf"{_PROFESSIONAL_TITLE}[ \t]+$")
HONORIFIC_BEFORE_RE = re.compile(
    rf"(?:\b[ôÔ]ng|\b[bB]à|[đĐ]ồng chí|\bBSCKI{{1,2}}|{_PROFESSIONAL_TITLE})\.?[ \t]+$"
)
POSITION_AFTER_RE = re.compile(rf"[ \t]*,[ \t]*(?P<position>{_POSITION_HEAD}[^,.;:()]*)")
# Words that end a position ("... Trung tâm y tế chủ trì Hội nghị").
POSITION_STOP_RE = re.compile(
    r"\s+(?:chủ trì|phát biểu|báo cáo|dự|trình bày|chỉ đạo|kết luận|đã|cùng|và|tới|đến|nhấn mạnh"
    r"|được|nhận|là|đang|sẽ|vừa)"
    r"(?:\s|$).*",
    re.IGNORECASE,
)
ROLE_CUES: tuple[tuple[PersonRole, re.Pattern[str]], ...] = (
    (PersonRole.CHAIR, re.compile(r"chủ trì", re.IGNORECASE)),
    (
        PersonRole.SPEAKER,
        re.compile(
            r"phát biểu|báo cáo|chỉ đạo|trình bày|kết luận|nhấn mạnh|đề nghị|yêu cầu|ghi nhận",
            re.IGNORECASE,
        ),
    ),
    (
        PersonRole.HONOREE,
        re.compile(
            r"khen thưởng|bằng khen|giấy khen|được tặng|tặng quà|trao tặng|vinh danh|chia tay",
            re.IGNORECASE,
        ),
    ),
)
ROLE_RANK: dict[str, int] = {
    PersonRole.CHAIR: 0,
    PersonRole.SPEAKER: 1,
    PersonRole.HONOREE: 2,
    PersonRole.AUTHOR: 3,
    PersonRole.OTHER: 4,
}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


def _clean_position(position: str) -> str:
    return POSITION_STOP_RE.sub("", position).strip(" ,;:-–")


def _role(sentence: str) -> PersonRole:
    for role, pattern in ROLE_CUES:
        if pattern.search(sentence):
            return role
    return PersonRole.OTHER


def person_names(chunk: str) -> Iterable[re.Match[str]]:
    """Names in ``chunk``; "Sở Y tế Hà Tĩnh Nguyễn Văn An": a province does not start one,
    nor does a district or province after its unit word ("quận Ninh Kiều"; "UBND tỉnh Hồ
    Quang Bửu" is a person)."""
    position = 0
    while (match := NAME_RE.search(chunk, position)) is not None:
        if PLACE_BEFORE_RE.search(chunk, max(0, match.start() - 12), match.start()) and (
            is_place(match.group())
        ):
            position = match.end()
            continue
        words = match.group().split()
        province_words = next(
            (size for size in (3, 2) if len(words) >= size and is_province(" ".join(words[:size]))),
            0,
        )
        if province_words:
            position = match.start() + len(" ".join(words[:province_words]))
            continue
        position = match.end()
        yield match


def _positioned_names(chunk: str, known: Container[str] = ()) -> list[tuple[str, str, int]]:
    """(name, position, offset) for "ông <name>, <position>", "<position> <name>", and
    "<professional title> <name>" (position empty when none follows), and for a ``known``
    name met again without its position ("Phát biểu chỉ đạo, đồng chí <name> đề nghị")."""
    found: list[tuple[str, str, int]] = []
    for match in person_names(chunk):
        window = chunk[max(0, match.start() - POSITION_MAX_CHARS) : match.start()]
        after = POSITION_AFTER_RE.match(chunk, match.end())
        if after is not None and HONORIFIC_BEFORE_RE.search(window):
            found.append((match.group(), _clean_position(after.group("position")), match.start()))
            continue
        for head in reversed(list(POSITION_HEAD_RE.finditer(window))):
            title = window[head.start() :]
            if not POSITION_BREAK_RE.search(title) and not any(person_names(title)):
                found.append((match.group(), _clean_position(title), match.start()))
                break
        else:
            if match.group() in known or PROFESSIONAL_TITLE_BEFORE_RE.search(window):
                found.append((match.group(), "", match.start()))
    return found


def _clause_role(chunk: str, start: int, names: list[int]) -> str:
    """The role of the name at ``start``: read in its ";"-part of the sentence ("Bà A, Giám
    đốc chủ trì; ông B, Phó Chủ tịch UBND dự và phát biểu"); where that part says "chủ trì",
    only the name nearest before it (or, with none before, the first after it) chairs."""
    left = chunk.rfind(";", 0, start) + 1
    right = chunk.find(";", start)
    right = len(chunk) if right == -1 else right
    clause = chunk[left:right]
    chair = ROLE_CUES[0][1].search(clause)
    if chair is None:
        return _role(clause)
    cue = left + chair.start()
    inside = [n for n in names if left <= n < right]
    before = [n for n in inside if n < cue]
    chosen = before[-1] if before else next((n for n in inside if n > cue), None)
    if chosen == start:
        return PersonRole.CHAIR
    rest = clause[: chair.start()] + clause[chair.end() :]
    return _role(rest)


def find_people(layout: Layout) -> list[dict[str, Any]]:
    """The persons the article names, each with position and role, in order of first
    mention (the byline's author included)."""
    text = layout.text
    people: dict[str, dict[str, Any]] = {}
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        chunk = text[sentence.start : sentence.end]
        if not PERSON_HINT_RE.search(chunk):
            continue
        found = _positioned_names(chunk, people)
        starts = [start for _, _, start in found]
        for name, position, start in found:
            role = _clause_role(chunk, start, starts)
            known = people.get(name)
            if known is None:
                people[name] = {"name": name, "position": position or None, "role": role}
            elif ROLE_RANK[role] < ROLE_RANK[known["role"]]:
                known["role"] = role
    return list(people.values())
