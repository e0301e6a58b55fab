"""Images uploaded from CKEditor 5: who may upload, what is accepted, what is kept."""

import io
import random
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def upload_url(model="circulars.circular"):
    base = reverse("publishing:editor-image-upload")
    return f"{base}?model={model}" if model is not None else base


def image_bytes(fmt, size=(40, 30), mode="RGB", colour=(200, 40, 40), **save):
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, format=fmt, **save)
    return buffer.getvalue()


def png_header_only(width, height):
    """A PNG declaring the given size, with almost no pixel data behind it."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def post_image(
    client, name, data, content_type="image/png", model="circulars.circular"
):
    upload = SimpleUploadedFile(name, data, content_type=content_type)
    return client.post(upload_url(model), {"upload": upload})


def stored_path(settings, url):
    assert url.startswith(f"{settings.MEDIA_URL}editor/")
    return Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)


def stored_files(settings):
    folder = Path(settings.MEDIA_ROOT) / "editor"
    return sorted(folder.iterdir()) if folder.exists() else []


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def error_message(response):
    return response.json()["error"]["message"]


class TestAcceptedImages:
    @pytest.mark.parametrize(
        ("fmt", "content_type", "extension"),
        [("PNG", "image/png", "png"), ("JPEG", "image/jpeg", "jpg")],
    )
    def test_image_is_stored_under_a_random_name_and_its_url_returned(
        self, editor_client, settings, fmt, content_type, extension
    ):
        """The JSON url points at the stored file, named at random, right extension."""
        data = image_bytes(fmt)
        response = post_image(editor_client, "My photo.png", data, content_type)
        assert response.status_code == 200
        url = response.json()["url"]
        name = url.rsplit("/", 1)[1]
        assert re.fullmatch(rf"[A-Za-z0-9_-]{{20,}}\.{extension}", name)
        assert "photo" not in name.lower()
        with Image.open(stored_path(settings, url)) as stored:
            assert stored.format == fmt
            assert stored.size == (40, 30)

    def test_two_uploads_of_the_same_file_get_different_names(self, editor_client):
        """Names are not derived from the content or the original name."""
        data = image_bytes("PNG")
        first = post_image(editor_client, "a.png", data).json()["url"]
        second = post_image(editor_client, "a.png", data).json()["url"]
        assert first != second

    def test_exif_and_gps_location_are_removed(self, editor_client, settings):
        """A phone photo's camera details and GPS position are not kept."""
        exif = Image.Exif()
        exif[0x010F] = "PhoneMaker"
        exif[0x0110] = "PhoneModel X"
        gps = exif.get_ifd(GPS_IFD)
        gps[1] = "N"
        gps[2] = (52.0, 30.0, 44.0)
        gps[3] = "W"
        gps[4] = (2.0, 5.0, 3.0)
        data = image_bytes("JPEG", exif=exif)
        with Image.open(io.BytesIO(data)) as original:
            assert original.getexif().get_ifd(GPS_IFD)
        response = post_image(editor_client, "walk.jpg", data, "image/jpeg")
        assert response.status_code == 200
        path = stored_path(settings, response.json()["url"])
        with Image.open(path) as stored:
            assert "exif" not in stored.info
            assert dict(stored.getexif()) == {}
            assert stored.getexif().get_ifd(GPS_IFD) == {}
        raw = path.read_bytes()
        assert b"Exif" not in raw
        assert b"PhoneMaker" not in raw

    def test_exif_orientation_is_applied_before_it_is_dropped(
        self, editor_client, settings
    ):
        """A photo taken on its side is stored upright, as the camera showed it."""
        exif = Image.Exif()
        exif[ORIENTATION] = 6
        data = image_bytes("JPEG", size=(40, 30), exif=exif)
        response = post_image(editor_client, "side.jpg", data, "image/jpeg")
        with Image.open(stored_path(settings, response.json()["url"])) as stored:
            assert stored.size == (30, 40)

    def test_text_chunks_in_a_png_are_not_kept(self, editor_client, settings):
        """Markup hidden in PNG comments does not reach the stored file."""
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Comment", "<script>alert(1)</script>")
        info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>author</x:xmpmeta>")
        data = image_bytes("PNG", pnginfo=info)
        assert b"<script>" in data
        response = post_image(editor_client, "chart.png", data)
        raw = stored_path(settings, response.json()["url"]).read_bytes()
        assert b"<script>" not in raw
        assert b"xmpmeta" not in raw

    def test_animated_gif_is_stored_as_its_first_frame(self, editor_client, settings):
        """An animation becomes a still PNG of its first frame."""
        frames = [Image.new("P", (20, 20), index) for index in (1, 2, 3)]
        buffer = io.BytesIO()
        frames[0].save(
            buffer, format="GIF", save_all=True, append_images=frames[1:], loop=0
        )
        response = post_image(
            editor_client, "moving.gif", buffer.getvalue(), "image/gif"
        )
        assert response.status_code == 200
        url = response.json()["url"]
        assert url.endswith(".png")
        with Image.open(stored_path(settings, url)) as stored:
            assert getattr(stored, "n_frames", 1) == 1

    def test_palette_png_keeps_its_transparency(self, editor_client, settings):
        """Transparent pixels of a palette PNG stay transparent."""
        image = Image.new("P", (10, 10), 0)
        image.putpalette([255, 255, 255, 200, 0, 0] + [0] * 762)
        image.putpixel((5, 5), 1)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", transparency=0)
        response = post_image(editor_client, "logo.png", buffer.getvalue())
        assert response.status_code == 200
        with Image.open(stored_path(settings, response.json()["url"])) as stored:
            rgba = stored.convert("RGBA")
            assert rgba.getpixel((0, 0))[3] == 0
            assert rgba.getpixel((5, 5)) == (200, 0, 0, 255)

    def test_rgb_png_with_a_transparent_colour_keeps_its_transparency(
        self, editor_client, settings
    ):
        """A PNG marking one colour transparent is stored with an alpha channel."""
        data = image_bytes("PNG", colour=(0, 255, 0), transparency=(0, 255, 0))
        response = post_image(editor_client, "key.png", data)
        with Image.open(stored_path(settings, response.json()["url"])) as stored:
            assert stored.mode == "RGBA"
            assert stored.getpixel((0, 0))[3] == 0

    def test_cmyk_jpeg_is_stored_as_rgb(self, editor_client, settings):
        """A print-ready CMYK JPEG is converted for screens."""
        data = image_bytes("JPEG", mode="CMYK", colour=(0, 100, 100, 0))
        response = post_image(editor_client, "print.jpg", data, "image/jpeg")
        assert response.status_code == 200
        with Image.open(stored_path(settings, response.json()["url"])) as stored:
            assert stored.format == "JPEG"
            assert stored.mode == "RGB"

    def test_multi_picture_jpeg_from_a_phone_is_stored_as_jpeg(
        self, editor_client, settings
    ):
        """An MPO file (two JPEGs in one) is accepted as its first picture."""
        first = Image.new("RGB", (20, 20), (10, 20, 30))
        second = Image.new("RGB", (20, 20), (200, 200, 200))
        buffer = io.BytesIO()
        first.save(buffer, format="MPO", save_all=True, append_images=[second])
        response = post_image(
            editor_client, "phone.jpg", buffer.getvalue(), "image/jpeg"
        )
        assert response.status_code == 200
        url = response.json()["url"]
        assert url.endswith(".jpg")
        with Image.open(stored_path(settings, url)) as stored:
            assert stored.format == "JPEG"

    def test_webp_is_stored_as_webp(self, editor_client, settings):
        """WebP images keep their format."""
        data = image_bytes("WEBP")
        response = post_image(editor_client, "pic.webp", data, "image/webp")
        url = response.json()["url"]
        assert url.endswith(".webp")
        with Image.open(stored_path(settings, url)) as stored:
            assert stored.format == "WEBP"

    def test_lead_may_upload_too(self, client, lead):
        """Safeguarding leads edit records and may add images to them."""
        client.force_login(lead)
        response = post_image(client, "a.png", image_bytes("PNG"))
        assert response.status_code == 200


class TestRefusedFiles:
    def test_declared_dimensions_beyond_pillows_limit_are_refused(self, editor_client):
        """A decompression bomb far past Pillow's own limit gets a clear 400."""
        response = post_image(editor_client, "bomb.png", png_header_only(20000, 20000))
        assert response.status_code == 400
        assert "unsafe size" in error_message(response)

    def test_declared_dimensions_beyond_the_site_limit_are_refused(
        self, editor_client, settings
    ):
        """An image larger than MAX_IMAGE_PIXELS is refused before it is decoded."""
        assert settings.MAX_IMAGE_PIXELS < 6000 * 6000
        response = post_image(editor_client, "big.png", png_header_only(6000, 6000))
        assert response.status_code == 400
        assert error_message(response) == (
            "This image is 6000 x 6000 pixels; images may have at most "
            f"{settings.MAX_IMAGE_PIXELS:,} pixels. Resize it and try again."
        )

    def test_pixel_limit_follows_the_setting(self, editor_client, settings):
        """A real, fully valid image over a lowered pixel limit is refused."""
        settings.MAX_IMAGE_PIXELS = 10_000
        response = post_image(
            editor_client, "a.png", image_bytes("PNG", size=(200, 200))
        )
        assert response.status_code == 400
        assert "200 x 200 pixels" in error_message(response)
        assert "10,000 pixels" in error_message(response)

    def test_highly_compressed_huge_png_is_refused(self, editor_client, settings):
        """A small file that would decode to millions of pixels is refused."""
        settings.MAX_IMAGE_PIXELS = 1_000_000
        data = image_bytes("PNG", size=(2000, 2000), mode="1", colour=0, optimize=True)
        assert len(data) < 10_000
        response = post_image(editor_client, "flat.png", data)
        assert response.status_code == 400
        assert "Resize it" in error_message(response)

    def test_oversized_file_is_refused(self, editor_client, settings):
        """A file over MAX_IMAGE_UPLOAD_SIZE is refused with both sizes named."""
        settings.MAX_IMAGE_UPLOAD_SIZE = 1024
        pixels = random.Random(7).randbytes(64 * 64 * 3)
        noise = Image.frombytes("RGB", (64, 64), pixels)
        buffer = io.BytesIO()
        noise.save(buffer, format="PNG")
        assert len(buffer.getvalue()) > 1024
        response = post_image(editor_client, "noise.png", buffer.getvalue())
        assert response.status_code == 400
        message = error_message(response)
        assert message.startswith("This image is ")
        assert "images may be at most 1.0\xa0KB" in message

    @pytest.mark.parametrize(
        ("name", "data", "content_type"),
        [
            ("notes.png", b"Just some notes, not a picture.\n", "image/png"),
            (
                "page.png",
                b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
                "image/png",
            ),
            (
                "report.png",
                b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
                "image/png",
            ),
            (
                "polyglot.png",
                b"\x89PNG\r\n\x1a\n<script>alert(document.cookie)</script>",
                "image/png",
            ),
            ("polyglot.gif", b"GIF89a/*<script>*/=alert(1)//</script>", "image/gif"),
            (
                "drawing.png",
                b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
                b"<script>alert(2)</script></svg>",
                "image/svg+xml",
            ),
            ("empty.png", b"", "image/png"),
        ],
        ids=[
            "text",
            "html",
            "pdf",
            "png-html-polyglot",
            "gif-js-polyglot",
            "svg",
            "empty",
        ],
    )
    def test_files_that_are_not_images_are_refused(
        self, editor_client, settings, name, data, content_type
    ):
        """Whatever the name or declared type, only real images are accepted."""
        before = stored_files(settings)
        response = post_image(editor_client, name, data, content_type)
        assert response.status_code == 400
        assert "JPEG, PNG, GIF or WebP" in error_message(response)
        assert stored_files(settings) == before

    def test_truncated_image_is_refused(self, editor_client):
        """A JPEG cut off part-way is refused rather than stored half-drawn."""
        data = image_bytes("JPEG", size=(200, 200))
        response = post_image(
            editor_client, "cut.jpg", data[: len(data) // 2], "image/jpeg"
        )
        assert response.status_code == 400

    def test_other_image_formats_are_refused(self, editor_client):
        """Formats Pillow knows but the site does not accept (BMP, TIFF) are refused."""
        for fmt in ("BMP", "TIFF"):
            response = post_image(editor_client, f"a.{fmt.lower()}", image_bytes(fmt))
            assert response.status_code == 400
            assert "JPEG, PNG, GIF or WebP" in error_message(response)

    def test_missing_file_is_refused(self, editor_client):
        """A request without a file asks for one."""
        response = editor_client.post(upload_url(), {})
        assert response.status_code == 400
        assert error_message(response) == "Choose an image to upload."


class TestWhoMayUpload:
    def test_anonymous_visitors_are_refused(self, client):
        """Nobody signed out can store files on the site."""
        response = post_image(client, "a.png", image_bytes("PNG"))
        assert response.status_code == 403
        assert "Sign in" in error_message(response)

    def test_signed_in_non_staff_are_refused(self, client):
        """An account without admin access cannot upload."""
        client.force_login(UserFactory(username="reader", is_staff=False))
        response = post_image(client, "a.png", image_bytes("PNG"))
        assert response.status_code == 403

    def test_staff_without_permission_on_the_model_are_refused(self, client):
        """Staff who cannot add or change the record cannot add images to it."""
        client.force_login(UserFactory(username="helpdesk"))
        response = post_image(client, "a.png", image_bytes("PNG"))
        assert response.status_code == 403
        assert error_message(response) == (
            "You do not have permission to add images to this record."
        )

    @pytest.mark.parametrize(
        "model",
        [None, "", "circulars", "circulars.nothing", "nowhere.circular", "a.b.c"],
    )
    def test_unknown_or_missing_model_is_refused(self, editor_client, model):
        """The upload must name a real record type being edited."""
        response = post_image(editor_client, "a.png", image_bytes("PNG"), model=model)
        assert response.status_code == 403
        assert error_message(response) == (
            "Images can only be uploaded while editing a record."
        )

    def test_model_without_rich_text_is_refused_even_for_administrators(
        self, client, administrator
    ):
        """Naming a model that has no rich text (users, themes) is refused."""
        client.force_login(administrator)
        for model in ("auth.user", "taxonomy.theme"):
            response = post_image(client, "a.png", image_bytes("PNG"), model=model)
            assert response.status_code == 403

    def test_get_is_not_allowed(self, editor_client):
        """Only POST uploads; a GET is answered 405."""
        assert editor_client.get(upload_url()).status_code == 405

    def test_editor_widget_names_the_model_in_its_upload_url(self):
        """The admin's CKEditor posts images to the view with ?model= set."""
        from circulars.models import Circular

        field = Circular._meta.get_field("introduction").formfield()
        html = field.widget.render(
            "introduction", "<p>x</p>", {"id": "id_introduction"}
        )
        assert f'data-upload-url="{upload_url()}"' in html
