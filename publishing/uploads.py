"""Image uploads from the rich-text editor, checked and re-encoded by Pillow."""

import io
import secrets
import warnings

from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse
from django.template.defaultfilters import filesizeformat
from django.views.decorators.http import require_POST
from PIL import Image, ImageOps, UnidentifiedImageError

from publishing.fields import RichTextField

# Formats editors may upload, and what each is stored as after re-encoding.
_OUTPUT_FORMATS = {
    "JPEG": ("JPEG", "jpg"),
    # Phone cameras write multi-picture JPEGs, which Pillow names MPO.
    "MPO": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "GIF": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
}
# The decoders Pillow may try; MPO files are opened by the JPEG decoder.
_READ_FORMATS = ["JPEG", "PNG", "GIF", "WEBP"]


class EditorImageStorage(FileSystemStorage):
    """Where editor images are kept (the default storage's location, under editor/)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("location", settings.MEDIA_ROOT / "editor")
        kwargs.setdefault("base_url", f"{settings.MEDIA_URL}editor/")
        super().__init__(**kwargs)


class ImageRejected(Exception):
    """An upload that is not an acceptable image; the message is for the editor."""


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": {"message": message}}, status=status)


def reencode_image(upload) -> tuple[bytes, str]:
    """Return the upload re-encoded by Pillow, without metadata, and its extension.

    Raise `ImageRejected` for anything that is not a supported image, is too
    large, or would decompress into more pixels than allowed.
    """
    if upload.size > settings.MAX_IMAGE_UPLOAD_SIZE:
        raise ImageRejected(
            f"This image is {filesizeformat(upload.size)}; images may be at most "
            f"{filesizeformat(settings.MAX_IMAGE_UPLOAD_SIZE)}."
        )
    max_pixels = settings.MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Naming the formats keeps every other Pillow decoder (and any
            # helper program it would start) away from untrusted bytes.
            with Image.open(upload, formats=_READ_FORMATS) as image:
                width, height = image.size
                if width * height > max_pixels:
                    raise ImageRejected(
                        f"This image is {width} x {height} pixels; images may have at "
                        f"most {max_pixels:,} pixels. Resize it and try again."
                    )
                out_format, extension = _OUTPUT_FORMATS[image.format]
                # Only the first frame of an animation is kept: moving images
                # cannot be paused by the reader (WCAG 2.2.2).
                image.seek(0)
                image.load()
                # The orientation lives in the EXIF that is about to be dropped,
                # so turn the pixels upright first.
                image = ImageOps.exif_transpose(image)
                if out_format == "JPEG" and image.mode not in ("RGB", "L"):
                    image = image.convert("RGB")
                elif out_format != "JPEG" and (
                    image.mode not in ("RGB", "RGBA", "L", "LA")
                    or "transparency" in image.info
                ):
                    image = image.convert("RGBA")
                # A fresh image carries pixels only: EXIF (GPS, camera), XMP,
                # ICC profiles and text chunks are left behind.
                clean = Image.frombytes(image.mode, image.size, image.tobytes())
                buffer = io.BytesIO()
                clean.save(buffer, format=out_format, quality=85)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRejected(
            "This image would expand to an unsafe size in memory. Resize it and try again."
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ImageRejected(
            "This file is not a JPEG, PNG, GIF or WebP image that can be read. "
            "Upload the picture in one of those formats."
        ) from None
    return buffer.getvalue(), extension


@require_POST
def editor_image_upload(request):
    """Store an image from CKEditor 5 for an editor allowed to edit the model named."""
    if not (request.user.is_authenticated and request.user.is_staff):
        return _error("Sign in to the admin to upload images.", status=403)
    label = request.GET.get("model", "")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return _error("Images can only be uploaded while editing a record.", status=403)
    opts = model._meta
    if not any(isinstance(field, RichTextField) for field in opts.get_fields()):
        return _error("Images can only be uploaded while editing a record.", status=403)
    if not (
        request.user.has_perm(f"{opts.app_label}.add_{opts.model_name}")
        or request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
    ):
        return _error(
            "You do not have permission to add images to this record.", status=403
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return _error("Choose an image to upload.")
    try:
        data, extension = reencode_image(upload)
    except ImageRejected as exc:
        return _error(str(exc))
    storage = EditorImageStorage()
    name = storage.save(f"{secrets.token_urlsafe(16)}.{extension}", ContentFile(data))
    return JsonResponse({"url": storage.url(name)})
