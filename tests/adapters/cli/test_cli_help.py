"""Every verb's help ends with a worked example, and the example names real options."""

import re

import click
import pytest
import typer.main

from adapters.cli.examples import EXAMPLES
from adapters.cli.main import VERBS as VERB_MODULES
from adapters.cli.main import app, verbs_of

HOLDERS = [verbs_of(module) for module in dict.fromkeys(VERB_MODULES.values())]
GROUPS = {c.name: g.name for holder in HOLDERS for g in holder.registered_groups
          for c in g.typer_instance.registered_commands}
VERBS = [c.name or c.callback.__name__.rstrip("_")
         for holder in HOLDERS for c in holder.registered_commands]


def test_every_verb_a_module_adds_is_one_the_command_knows():
    """A verb is loaded on first use by its name: one left out of the table can't be run."""
    groups = [g.name for holder in HOLDERS for g in holder.registered_groups]
    assert sorted(VERBS + groups) == sorted(VERB_MODULES)


@pytest.mark.parametrize("name", VERBS + sorted(GROUPS))
def test_every_verb_shows_an_example_with_its_own_options(cli, name):
    """`rapport VERB --help` shows how a user would type it, with options the verb has."""
    shown = cli(f"{GROUPS[name] + ' ' if name in GROUPS else ''}{name} --help").stdout
    help_text, _, example = shown.rpartition("Example:")
    assert example, f"no example under `{name} --help`"
    for flag in re.findall(r"(?<![\w-])--[a-z][a-z-]*", EXAMPLES[name]):
        assert flag in help_text, f"{name}: the example's {flag} is not one of its options"


def test_every_option_says_what_it_is_for():
    """No option is shown as a bare type: each visible one has a line of help."""
    root = typer.main.get_command(app)

    def commands(group, path=()):
        for name in group.list_commands(None):
            command = group.get_command(None, name)
            if isinstance(command, click.Group):
                yield from commands(command, (*path, name))
            else:
                yield " ".join((*path, name)), command

    bare = [(name, param.opts[0]) for name, command in commands(root)
            for param in command.params
            if isinstance(param, click.Option) and not param.hidden and not param.help]
    assert bare == []
