import pytest
from hypothesis import given, strategies as st

from btam_desktop.storage import recovery
from btam_desktop.storage.errors import RecoveryCodeError

secrets_32 = st.binary(min_size=32, max_size=32)


@given(secrets_32)
def test_codes_round_trip_and_read_like_a_card(secret: bytes) -> None:
    code = recovery.format_code(secret)
    groups = code.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert recovery.parse_code(code) == secret
    assert recovery.parse_code(code.lower().replace("-", " ")) == secret


def test_look_alike_letters_are_read_as_digits() -> None:
    secret = bytes(32)
    code = recovery.format_code(secret)  # all zeros: "0000-..."
    assert recovery.parse_code(code.replace("0", "O")) == secret


@given(secrets_32, st.integers(0, 55), st.integers(1, 31))
def test_any_single_typo_is_caught(secret: bytes, position: int, shift: int) -> None:
    chars = recovery.format_code(secret).replace("-", "")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    typo = alphabet[(alphabet.index(chars[position]) + shift) % 32]
    mangled = chars[:position] + typo + chars[position + 1 :]
    with pytest.raises(RecoveryCodeError, match="typo"):
        recovery.parse_code(mangled)


@pytest.mark.parametrize(
    ("text", "message"),
    [("ABCD-EFGH", "should have 56"), ("UUUU-" * 14, "never uses: U"), ("", "has 0 characters")],
)
def test_malformed_codes_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(RecoveryCodeError, match=message):
        recovery.parse_code(text)
