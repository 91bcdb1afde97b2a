import os

import pytest

from btam_desktop.storage import crypto


def test_calibrated_parameters_never_go_below_the_rfc_9106_floor() -> None:
    params = crypto.calibrated_kdf(0.001)
    assert params.memory_kib >= crypto.FLOOR_MEMORY_KIB
    assert params.time_cost >= crypto.FLOOR_TIME_COST


def test_nfc_and_nfd_spellings_derive_the_same_key() -> None:
    salt = os.urandom(16)
    nfc, nfd = "Café-Señor-Zoë", "Cafe\u0301-Sen\u0303or-Zoe\u0308"
    assert nfc != nfd
    assert crypto.derive_kek(nfc, salt, crypto.TEST_KDF) == crypto.derive_kek(
        nfd, salt, crypto.TEST_KDF
    )


def test_absurd_kdf_parameters_from_a_file_are_refused() -> None:
    with pytest.raises(ValueError, match="out of range"):
        crypto.derive_kek("x", os.urandom(16), crypto.KdfParams(2**40, 3, 1))


def test_a_sealed_key_opens_only_with_its_binding() -> None:
    private, public = crypto.new_keypair()
    data_key = os.urandom(32)
    sealed = crypto.seal(data_key, public, b"file|member|1")
    assert crypto.unseal(sealed, private, b"file|member|1") == data_key
    for other in (b"file|member|2", b"file|other|1", b"elsewhere|member|1"):
        with pytest.raises(crypto.UnwrapError):
            crypto.unseal(sealed, private, other)
    other_private, _ = crypto.new_keypair()
    with pytest.raises(crypto.UnwrapError):
        crypto.unseal(sealed, other_private, b"file|member|1")


def test_seeded_key_pairs_are_deterministic_per_context() -> None:
    seed = os.urandom(32)
    assert crypto.keypair_from_seed(seed, b"a") == crypto.keypair_from_seed(seed, b"a")
    assert crypto.keypair_from_seed(seed, b"a") != crypto.keypair_from_seed(seed, b"b")


def test_subkeys_differ_per_purpose() -> None:
    key = os.urandom(32)
    assert crypto.subkey(key, b"audit") != crypto.subkey(key, b"slots")
