"""The JSON download is the serializer's dict: what the page and the API are made of."""

import json

from luoshi.publish.serialize import disclosure_dict
from tests.portal_exports.helpers import download


def test_it_equals_the_serializer(client, demo):
    assert json.loads(download(client, demo, "json").content) == json.loads(json.dumps(disclosure_dict(demo)))


def test_it_keeps_chinese_readable(client, demo):
    assert demo.title.encode() in download(client, demo, "json").content
