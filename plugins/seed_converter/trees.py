"""The line labeller's trees, predicted through LightGBM's C library.

The converter only predicts: it loads the four models from their text and
asks for one page's rows at a time. LightGBM's Python package does that by
calling its shared library (`LGBM_BoosterLoadModelFromString`,
`LGBM_BoosterPredictForMat`, from LightGBM's public C API, `c_api.h`); importing
the package also imports SciPy, pandas' bridge and the rest of its training
stack, about 0.3 s, which every `make html` that converts a seed and every
conversion worker pool paid before its first seed. Here the same library, from
the pinned `lightgbm` wheel, is called with the same arguments the package's
`Booster.predict` passes for a dense matrix (lightgbm/basic.py,
`_InnerPredictor.__inner_predict_np2d`); a contract test checks the outputs are
LightGBM's own, bit for bit. Training (tools/training) uses the package.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import platform
from pathlib import Path

import numpy as np

from .errors import SeedError

# c_api.h's constants.
_DTYPE_FLOAT32, _DTYPE_FLOAT64 = 0, 1
_ROW_MAJOR, _COL_MAJOR = 1, 0
_PREDICT_NORMAL = 0
# Every iteration of the model (num_iteration <= 0 in c_api.h), as Booster.predict
# asks for a model read from text, which has no best iteration.
_ALL_ITERATIONS = -1
# One thread: a page is a few dozen rows, and the converter already runs one
# process per core; LightGBM's thread pool would cost more than the trees.
_PARAMETERS = b"num_threads=1"


class TreesError(SeedError):
    """LightGBM's library could not be found, or refused a model or a prediction."""


@functools.cache
def _library() -> ctypes.CDLL:
    """lib_lightgbm from the installed lightgbm package, found without importing it
    (where lightgbm/libpath.py looks)."""
    spec = importlib.util.find_spec("lightgbm")
    if spec is None or not spec.submodule_search_locations:
        raise TreesError("the lightgbm package is not installed")
    package = Path(next(iter(spec.submodule_search_locations)))
    name = {"Windows": "lib_lightgbm.dll", "Darwin": "lib_lightgbm.dylib"}.get(
        platform.system(), "lib_lightgbm.so")
    for folder in (package.parent, package / "bin", package / "lib"):
        if (folder / name).is_file():
            return ctypes.cdll.LoadLibrary(str(folder / name))
    raise TreesError(f"{name} not found in the lightgbm package at {package}")


def _check(code: int) -> None:
    if code != 0:
        message = _library().LGBM_GetLastError
        message.restype = ctypes.c_char_p
        raise TreesError(message().decode("utf-8", "replace"))


class Trees:
    """One trained model, ready to predict (its handle freed with it)."""

    def __init__(self, model_text: str) -> None:
        lib = _library()
        self._free = lib.LGBM_BoosterFree
        self._predict = lib.LGBM_BoosterPredictForMat
        self._handle = ctypes.c_void_p()
        iterations = ctypes.c_int(0)
        _check(lib.LGBM_BoosterLoadModelFromString(
            ctypes.c_char_p(model_text.encode("utf-8")), ctypes.byref(iterations),
            ctypes.byref(self._handle)))
        classes = ctypes.c_int(0)
        _check(lib.LGBM_BoosterGetNumClasses(self._handle, ctypes.byref(classes)))
        self.classes = classes.value

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None and handle.value:
            self._free(handle)

    def predict(self, matrix: np.ndarray) -> np.ndarray:
        """The model's output for each row (probabilities, or a ranker's scores):
        one value a row, or `classes` values a row, flat, as LightGBM gives them."""
        # As lightgbm's _np2d_to_np1d: float32 and float64 as they are, anything
        # else as float32, in the matrix's own order.
        dtype = matrix.dtype if matrix.dtype in (np.float32, np.float64) else np.float32
        order, layout = ("F", _COL_MAJOR) if matrix.flags["F_CONTIGUOUS"] else ("C", _ROW_MAJOR)
        data = np.asarray(matrix, dtype=dtype, order=order).ravel(order=order)
        rows, columns = matrix.shape
        out = np.empty(rows * max(self.classes, 1), dtype=np.float64)
        written = ctypes.c_int64(0)
        _check(self._predict(
            self._handle, ctypes.c_void_p(data.ctypes.data),
            ctypes.c_int(_DTYPE_FLOAT32 if dtype == np.float32 else _DTYPE_FLOAT64),
            ctypes.c_int32(rows), ctypes.c_int32(columns), ctypes.c_int(layout),
            ctypes.c_int(_PREDICT_NORMAL), ctypes.c_int(0), ctypes.c_int(_ALL_ITERATIONS),
            ctypes.c_char_p(_PARAMETERS), ctypes.byref(written),
            ctypes.c_void_p(out.ctypes.data)))
        if written.value != len(out):
            raise TreesError(f"LightGBM gave {written.value} outputs for {rows} rows, "
                             f"expected {len(out)}")
        return out
