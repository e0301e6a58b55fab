"""Rich text keeps what CKEditor 5 writes and loses everything that could run."""

import re
from html.parser import HTMLParser

import pytest
from django import forms
from django.core.exceptions import ValidationError

from circulars.models import Circular
from publishing.sanitise import images_without_alt, sanitise_html
from tests.factories import BriefingFactory, BriefingSectionFactory, CircularFactory

# Each payload tries a different way of getting script past an allow-list.
XSS_PAYLOADS = {
    "script element": "<script>alert(1)</script><p>Safe text.</p>",
    "script in capitals with source": "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "script split to survive one pass": "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "script never closed": "<p>Text<script>alert(1)",
    "img onerror": "<img src=x onerror=alert(1)>",
    "img onerror with slashes": '<img/src="x"/onerror="alert(1)">',
    "img src javascript": '<img src="javascript:alert(1)" alt="x">',
    "img src data svg": '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">',
    "img srcset javascript": '<img srcset="javascript:alert(1) 1x" alt="x">',
    "svg onload": "<svg onload=alert(1)>",
    "svg with script": "<svg><script>alert(1)</script></svg>",
    "svg animate rewriting href": (
        "<svg><a><animate attributeName=href values=javascript:alert(1) />"
        "<text y=20>x</text></a></svg>"
    ),
    "svg xlink href": '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "body onload": "<body onload=alert(1)>",
    "details ontoggle": "<details open ontoggle=alert(1)><summary>s</summary></details>",
    "input autofocus onfocus": "<input autofocus onfocus=alert(1)>",
    "marquee onstart": "<marquee onstart=alert(1)>x</marquee>",
    "link with onmouseover": (
        '<a href="https://example.org" onmouseover="alert(1)">x</a>'
    ),
    "href javascript": '<a href="javascript:alert(1)">x</a>',
    "href javascript mixed case and spaces": '<a href="  JaVaScRiPt:alert(1)">x</a>',
    "href javascript with tab": '<a href="java\tscript:alert(1)">x</a>',
    "href javascript with newline entity": '<a href="java&#10;script:alert(1)">x</a>',
    "href javascript in decimal entities": (
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;'
        'alert(1)">x</a>'
    ),
    "href javascript in hex entities": '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
    "href javascript with named colon": '<a href="javascript&colon;alert(1)">x</a>',
    "href double encoded": '<a href="&amp;#106;avascript:alert(1)">x</a>',
    "href vbscript": '<a href="vbscript:msgbox(1)">x</a>',
    "href data html": (
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'
    ),
    "style expression": '<p style="width: expression(alert(1))">x</p>',
    "style element": (
        '<style>body{background:url("javascript:alert(1)")}</style><p>x</p>'
    ),
    "iframe javascript": '<iframe src="javascript:alert(1)"></iframe>',
    "iframe srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "object data": '<object data="javascript:alert(1)"></object>',
    "embed src": '<embed src="javascript:alert(1)">',
    "form action": '<form action="javascript:alert(1)"><input type=submit></form>',
    "button formaction": (
        '<form><button formaction="javascript:alert(1)">Go</button></form>'
    ),
    "meta refresh": ('<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
    "base href": '<base href="javascript:alert(1)//"><a href="/x">x</a>',
    "link stylesheet": '<link rel=stylesheet href="javascript:alert(1)">',
    "table cell background": (
        '<table><tr><td background="javascript:alert(1)">x</td></tr></table>'
    ),
    "math mglyph mutation": (
        "<math><mtext><table><mglyph><style><!--</style>"
        '<img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=alert(1)&gt;">'
    ),
    "math href": '<math href="javascript:alert(1)">x</math>',
    "noscript mutation": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "comment hiding a tag": '<!--<img src="--><img src=x onerror=alert(1)//">',
    "conditional comment": "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "cdata section": "<![CDATA[<script>alert(1)</script>]]>",
    "attribute never closed": '<img src="x" onerror="alert(1)',
    "tag never closed": '<a href="javascript:alert(1)" <b>x',
    "template injection": (
        "<p>{{ request.user.password }}{% debug %}${alert(1)}</p>"
        '<a href="{{javascript:alert(1)}}">x</a>'
    ),
}

_EVENT_HANDLER = re.compile(r"<[^>]*\son\w+\s*=", re.IGNORECASE)


class _Attributes(HTMLParser):
    """Collect every (tag, attribute, value) a browser would see."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.extend((tag, name, value or "") for name, value in attrs)


def _attributes(html):
    parser = _Attributes()
    parser.feed(html)
    parser.close()
    return parser.found


def assert_harmless(html):
    lowered = html.lower()
    assert "<script" not in lowered, html
    assert "javascript:" not in lowered, html
    assert "vbscript:" not in lowered, html
    assert not _EVENT_HANDLER.search(html), html
    for tag, name, value in _attributes(html):
        assert not name.startswith("on"), (tag, name, html)
        assert name not in {"style", "srcdoc", "formaction", "action", "srcset"}
        assert not value.strip().lower().startswith(("data:", "javascript:")), html
        assert tag not in {"iframe", "object", "embed", "form", "base", "meta"}


def test_there_are_at_least_thirty_distinct_payloads():
    """The payload list covers at least thirty different attacks."""
    assert len(set(XSS_PAYLOADS.values())) >= 30


@pytest.mark.parametrize("payload", XSS_PAYLOADS.values(), ids=XSS_PAYLOADS.keys())
def test_sanitise_html_strips_the_payload(payload):
    """No script element, event handler or script URL survives sanitising."""
    assert_harmless(sanitise_html(payload))


@pytest.mark.django_db
@pytest.mark.parametrize("payload", XSS_PAYLOADS.values(), ids=XSS_PAYLOADS.keys())
def test_saved_rich_text_is_stored_without_the_payload(payload):
    """A rich text field saved by any code path holds sanitised HTML in the database."""
    circular = CircularFactory(introduction=f"<p>Introduction.</p>{payload}")
    stored = Circular.objects.get(pk=circular.pk).introduction
    assert "<p>Introduction.</p>" in stored
    assert_harmless(stored)


def test_sanitising_is_stable_when_repeated():
    """Sanitised output sanitises to itself, so saving twice changes nothing."""
    for payload in XSS_PAYLOADS.values():
        once = sanitise_html(payload)
        assert sanitise_html(once) == once


def test_empty_values_become_empty_strings():
    """None and blank input are stored as an empty string."""
    assert sanitise_html(None) == ""
    assert sanitise_html("") == ""


# What CKEditor 5, configured as in settings, writes for each kind of content.
CKEDITOR_OUTPUT = {
    "headings": "<h2>Background</h2><h3>What happened</h3><h4>Timeline</h4>",
    "paragraph with emphasis": (
        "<p><strong>Bold</strong>, <em>italic</em>, <b>b</b> and <i>i</i>.<br>Next.</p>"
    ),
    "bulleted list": "<ul><li>One</li><li>Two</li></ul>",
    "numbered list": '<ol start="3" reversed=""><li>Three</li><li>Two</li></ol>',
    "block quote": "<blockquote><p>Think family.</p></blockquote>",
    "table": (
        '<figure class="table"><table><caption>Contacts</caption><thead><tr>'
        '<th scope="col">Agency</th><th scope="col">Visits</th></tr></thead>'
        '<tbody><tr><th scope="row">Health</th><td colspan="2">4</td></tr></tbody>'
        "</table></figure>"
    ),
    "image with alt text": (
        '<figure class="image"><img src="/media/editor/abc.png" alt="A chart" '
        'width="600" height="400"><figcaption>Referrals by year</figcaption></figure>'
    ),
}


@pytest.mark.parametrize("html", CKEDITOR_OUTPUT.values(), ids=CKEDITOR_OUTPUT.keys())
def test_ckeditor_output_is_kept_as_written(html):
    """Headings, lists, quotes, tables and captioned images pass unchanged."""
    assert sanitise_html(html) == html


@pytest.mark.parametrize(
    "href",
    [
        "https://www.nspcc.org.uk/",
        "http://example.org/guidance",
        "mailto:dspp@dudley.gov.uk",
        "tel:+443001234567",
        "/circulars/neglect/",
        "#further-information",
    ],
)
def test_links_keep_safe_addresses_and_gain_noopener(href):
    """Web, email, phone, site and in-page links keep their address, with rel added."""
    cleaned = sanitise_html(f'<p><a href="{href}">Read more</a></p>')
    assert cleaned == (
        f'<p><a href="{href}" rel="noopener noreferrer">Read more</a></p>'
    )


def test_links_never_open_a_new_window():
    """A target attribute is removed and any rel the author wrote is replaced."""
    cleaned = sanitise_html(
        '<a href="https://example.org" target="_blank" rel="opener">Guidance</a>'
    )
    assert cleaned == (
        '<a href="https://example.org" rel="noopener noreferrer">Guidance</a>'
    )


@pytest.mark.parametrize(
    "href",
    [
        "//evil.example/",
        "/\\evil.example/",
        "/\t/evil.example/",
        "www.example.org",
        "ftp://example.org/file",
    ],
)
def test_links_leaving_the_site_without_a_clear_scheme_lose_their_address(href):
    """Scheme-relative, backslashed, bare and unlisted-scheme addresses are dropped."""
    cleaned = sanitise_html(f'<a href="{href}">x</a>')
    assert cleaned == '<a rel="noopener noreferrer">x</a>'


def test_markup_outside_the_allow_list_keeps_its_text():
    """Unknown elements, classes and ids go; their words stay for the reader."""
    cleaned = sanitise_html(
        '<h1 id="x">Title</h1><div class="danger"><span style="color:red">Note'
        '</span></div><figure class="image sneaky"><img src="/media/editor/a.png" alt="A">'
        "</figure>"
    )
    assert cleaned == (
        'TitleNote<figure class="image"><img src="/media/editor/a.png" alt="A">'
        "</figure>"
    )


@pytest.mark.parametrize(
    "src",
    [
        "https://tracker.example/pixel.gif",
        "http://example.org/photo.jpg",
        "/media/editor/../../admin/logout.png",
        "/media/editor/photo.png?user=1",
        "/media/other/photo.png",
        "/static/img/logo.svg",
        "/media/editor/drawing.svg",
    ],
)
def test_images_not_uploaded_through_the_editor_are_removed(src):
    """Third-party images (trackers) and unchecked paths are not loaded."""
    cleaned = sanitise_html(f'<img src="{src}" alt="Chart">')
    assert cleaned == ""


def test_images_follow_an_absolute_media_url(settings):
    """With media on object storage, uploaded images keep their full address."""
    settings.MEDIA_URL = "https://media.example.org/dspp/"
    html = '<img src="https://media.example.org/dspp/editor/Ab12_-x.jpg" alt="A">'
    assert sanitise_html(html) == html
    assert sanitise_html('<img src="/media/editor/a.png" alt="A">') == ""


@pytest.mark.django_db
def test_queryset_update_cannot_store_unsanitised_html():
    """Bulk writes that skip save() are sanitised on their way to the database."""
    first = CircularFactory()
    second = CircularFactory()
    payload = '<p>Intro</p><img src=x onerror=alert(1)><a href="javascript:x">y</a>'
    Circular.objects.filter(pk=first.pk).update(introduction=payload)
    second.introduction = payload
    Circular.objects.bulk_update([second], ["introduction"])
    for pk in (first.pk, second.pk):
        stored = Circular.objects.get(pk=pk).introduction
        assert stored.startswith("<p>Intro</p>")
        assert_harmless(stored)


@pytest.mark.parametrize(
    "html",
    [
        '<img src="x" onerror="alert(1)">',
        '<img src="https://tracker.example/p.gif" alt="Logo">',
        "<img>",
    ],
)
def test_images_left_without_a_source_are_removed(html):
    """An image whose source was refused is dropped, not left as an empty box."""
    assert sanitise_html(f"<p>Before.</p>{html}<p>After.</p>") == (
        "<p>Before.</p><p>After.</p>"
    )


@pytest.mark.parametrize(
    ("html", "missing"),
    [
        ('<img src="/media/editor/a.png" alt="Referrals rose in 2023">', 0),
        ('<img src="/media/editor/a.png">', 1),
        ('<img src="/media/editor/a.png" alt="">', 1),
        ('<img src="/media/editor/a.png" alt="   ">', 1),
        (
            '<img src="/media/editor/a.png" alt="A"><img src="/media/editor/b.png">'
            '<img src="/media/editor/c.jpg" alt="">',
            2,
        ),
    ],
)
def test_images_without_alternative_text_are_counted(html, missing):
    """Blank or absent alt text counts as missing."""
    assert images_without_alt(sanitise_html(html)) == missing


class CircularIntroductionForm(forms.ModelForm):
    class Meta:
        model = Circular
        fields = ["introduction"]


@pytest.mark.django_db
def test_form_refuses_an_image_without_alternative_text():
    """Editors are asked to describe every image before the text is saved."""
    circular = CircularFactory()
    form = CircularIntroductionForm(
        instance=circular,
        data={"introduction": '<p>Chart:</p><img src="/media/editor/a.png">'},
    )
    assert not form.is_valid()
    assert form.errors["introduction"] == [
        "An image has no alternative text. Select it, choose “Change image "
        "alternative text” and describe what it shows."
    ]


@pytest.mark.django_db
def test_full_clean_counts_every_image_without_alternative_text():
    """The message says how many images still need a description."""
    section = BriefingSectionFactory.build(
        briefing=BriefingFactory(),
        body='<img src="/media/editor/a.png"><img src="/media/editor/b.png" alt="">',
    )
    with pytest.raises(ValidationError) as raised:
        section.full_clean()
    assert raised.value.message_dict["body"] == [
        "2 images have no alternative text. Select each, choose “Change image "
        "alternative text” and describe what it shows."
    ]


@pytest.mark.django_db
def test_form_accepts_described_images_and_stores_them():
    """A described, uploaded image is saved as written."""
    html = (
        '<figure class="image"><img src="/media/editor/a.png" alt="Referrals by '
        'year"></figure>'
    )
    form = CircularIntroductionForm(
        instance=CircularFactory(), data={"introduction": html}
    )
    assert form.is_valid(), form.errors
    assert Circular.objects.get(pk=form.save().pk).introduction == html
