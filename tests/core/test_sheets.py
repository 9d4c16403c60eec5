"""Agreement sheets: every field kind reads what it allows and names what is wrong otherwise."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from countylab.core.sheets import SheetError, SheetField, header, read_sheet, read_sheets_csv

FIELDS = (SheetField("group", "text", "sheet.group"),
          SheetField("plan", "choice", "sheet.strategy", ("a", "b")),
          SheetField("share", "int", "sheet.screened_share", low=0, high=100, default=100),
          SheetField("hours", "number", "sheet.w.hours", low=0, high=10, step=0.5),
          SheetField("cut", "many", "sheet.w.cut", ("x", "y"), default=()))


def test_a_filled_sheet_is_read_as_typed_values_with_defaults():
    assert read_sheet(FIELDS, {"group": "G1", "plan": "b", "hours": "2.5", "cut": "y; x;y"}) == {
        "group": "G1", "plan": "b", "share": 100, "hours": 2.5, "cut": ("y", "x")}
    assert read_sheet(FIELDS, {"group": "G1", "plan": "a", "hours": 3, "share": 40, "cut": ["x"]})["share"] == 40
    assert read_sheet(FIELDS, {"group": "G1", "plan": "a", "hours": 3, "cut": "None"})["cut"] == ()


@pytest.mark.parametrize("sheet, message", [
    ({"plan": "a", "hours": 1}, "group is missing; it must be any text"),
    ({"group": "G", "plan": "c", "hours": 1}, "plan must be one of a | b; got 'c'"),
    ({"group": "G", "plan": "a", "hours": 1, "share": "101"}, "share must be a whole number from 0 to 100"),
    ({"group": "G", "plan": "a", "hours": 1, "share": "2.5"}, "share must be a whole number"),
    ({"group": "G", "plan": "a", "hours": 1.2}, "hours must be a number in steps of 0.5 from 0 to 10"),
    ({"group": "G", "plan": "a", "hours": "nan"}, "hours must be"),
    ({"group": "G", "plan": "a", "hours": True}, "hours must be"),
    ({"group": "G", "plan": "a", "hours": 1, "cut": "x;z"}, "cut must be any of x | y"),
    ({"group": "G", "plan": "a", "hours": 1, "colour": "red"}, "the sheet has no field 'colour'"),
])
def test_a_wrong_field_is_named_with_what_it_allows(sheet, message):
    with pytest.raises(SheetError, match=message.replace("|", r"\|").replace("(", r"\(").replace(")", r"\)")):
        read_sheet(FIELDS, sheet)


def test_a_csv_file_is_read_line_by_line_and_errors_name_the_line_and_group():
    text = header(FIELDS) + "\nG1,a,,1,\n\nG2,b,50,2,x\n"
    assert [s["group"] for s in read_sheets_csv(FIELDS, text)] == ["G1", "G2"]
    with pytest.raises(SheetError, match=r"line 3 \(group G2\): plan must be"):
        read_sheets_csv(FIELDS, header(FIELDS) + "\nG1,a,,1,\nG2,c,50,2,x\n")
    with pytest.raises(SheetError, match="appears twice"):
        read_sheets_csv(FIELDS, header(FIELDS) + "\nG1,a,,1,\nG1,b,,1,\n")
    with pytest.raises(SheetError, match="line 1: the header must be .*missing plan"):
        read_sheets_csv(FIELDS, "group,share,hours\nG1,1,1\n")
    with pytest.raises(SheetError, match="unknown column 'extra'"):
        read_sheets_csv(FIELDS, header(FIELDS) + ",extra\nG1,a,,1,,\n")
    with pytest.raises(SheetError, match="more cells than"):
        read_sheets_csv(FIELDS, header(FIELDS) + "\nG1,a,,1,,,\n")
    with pytest.raises(SheetError, match="no group's sheet"):
        read_sheets_csv(FIELDS, header(FIELDS) + "\n")


@given(st.text(max_size=200))
def test_any_text_is_read_or_refused_with_a_sheet_error(text):
    try:
        read_sheets_csv(FIELDS, text)
    except SheetError:
        pass
