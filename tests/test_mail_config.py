"""The [smtp] table and topics' recipients: defaults, validation, errors that name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.config import load
from briefgen.errors import ConfigError


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "briefgen.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_smtp_defaults_and_recipients(tmp_path: Path) -> None:
    path = config(
        tmp_path,
        '[smtp]\nhost = "mx.example.org"\nsender = "briefs@example.org"\nca_file = "ca.pem"\n'
        '[topics.t]\nrecipients = ["Ana <ana@example.org>", "ANA@example.org", "bo@example.org"]\n',
    )
    settings = load(path)
    assert settings.smtp is not None
    assert (settings.smtp.security, settings.smtp.port, settings.smtp.timeout) == ("starttls", 587, 20.0)
    assert settings.smtp.ca_file == tmp_path / "ca.pem"
    # The same address twice (any case) is mailed once.
    assert settings.topic("t").recipients == ("Ana <ana@example.org>", "bo@example.org")
    assert load(config(tmp_path, '[smtp]\nsecurity = "ssl"\nsender = "a@b.org"\n')).smtp.port == 465  # type: ignore[union-attr]
    assert load(config(tmp_path, '[smtp]\nsecurity = "none"\nsender = "a@b.org"\n')).smtp.port == 25  # type: ignore[union-attr]
    assert load(config(tmp_path, "[topics.t]\n")).smtp is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[smtp]\nsender = "a@b.org"\nsecurty = "ssl"\n',
            ":3: [smtp] unknown key 'securty' (did you mean 'security'?)",
        ),
        (
            '[smtp]\nsender = "a@b.org"\nsecurity = "tls"\n',
            "security: must be one of 'none', 'starttls' or 'ssl' (got 'tls')",
        ),
        ('[smtp]\nsender = "a@b.org"\nport = 0\n', ":3: [smtp] port: must be at least 1 (got 0)"),
        ('[smtp]\nsender = "a@b.org"\nport = "25"\n', "[smtp] port: must be a whole number (got '25')"),
        ('[smtp]\nsender = "a@b.org"\nhost = "mx example"\n', "[smtp] host: 'mx example' is not a host name"),
        ('[smtp]\nsender = "a@b.org"\ntimeout = 0\n', "[smtp] timeout: must be more than 0 (got 0)"),
        ('[smtp]\nhost = "mx"\n', "[smtp] needs sender"),
        ('[smtp]\nsender = "nobody"\n', ":2: [smtp] sender: 'nobody' is not an email address"),
        ('smtp = "mx"\n', ":1: [smtp] must be a table (got 'mx')"),
        ('[topics.t]\nrecipients = {a = "a@b.org"}\n', "[topics.t] recipients: must be a list"),
        ('[topics.t]\nrecipients = ["a@b.org, c@d.org"]\n', "is not an email address (one address per string)"),
        ('[topics.t]\nrecipients = ["a@b.org\\r\\nBcc: e@x.org"]\n', "contains a line break"),
        ('[topics.t]\nrecipients = ["jö@exämple.org"]\n', "non-ASCII addresses are not supported"),
        ("[topics.t]\nrecipients = [42]\n", "[topics.t] recipients, item 1: must be a string (got 42)"),
    ],
)
def test_bad_mail_settings_name_the_file_and_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = config(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load(path)
    assert error.value.exit_code == 2
    assert error.value.message.startswith(str(path))
    assert message in error.value.message
