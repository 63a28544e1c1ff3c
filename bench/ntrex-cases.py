#!/usr/bin/env python3
"""Writes the perturbed NTREX alignment cases of ../shared/eval/align_eval.py as JSON, for in-process runs.

  python3 bench/ntrex-cases.py DATA_DIR SRC TGT SEED > cases.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/eval"))
import align_eval  # noqa: E402

data_dir, src, tgt, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
print(json.dumps(align_eval.cases(data_dir, src, tgt, seed), ensure_ascii=False))
