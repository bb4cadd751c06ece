#!/usr/bin/env python3
"""Check that the offline-generated bindings (.bindings/) cover the whole public API of .jsii.

`jsii-pacmak --code-only` can silently drop or rename a type or member (a jsii quirk, a name clash,
a reserved word). No language runtime can be installed here (see README.md beside this file), so
instead of running the bindings we read them: every public type of the assembly, and every
method and property it declares, must appear in the generated Python (parsed with `ast`), Java,
C# and Go sources under the name that language's binding gives it.

Usage: python3 test/bindings/check_bindings.py [ASSEMBLY] [BINDINGS_DIR]   (defaults: .jsii .bindings)
Exit code 1 with one line per missing symbol; prints a summary line either way.
"""
import ast
import json
import keyword
import os
import re
import sys


def snake(name):
    """jsii's Python naming: camelCase -> snake_case, reserved words get a trailing underscore."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
    return s + "_" if keyword.iskeyword(s) or s in ("self",) else s


def pascal(name):
    return name[:1].upper() + name[1:]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


class Checker:
    def __init__(self, assembly, out):
        self.assembly = assembly
        self.out = out
        self.missing = []
        self.checked = 0

    def source(self, lang, base, name, ext):
        """The text of the one file the language's generator writes for a type, or None (reported)."""
        path = os.path.join(base, name + ext)
        self.expect(os.path.exists(path), lang, f"{name}{ext} missing")
        return read(path) if os.path.exists(path) else None

    def expect(self, ok, lang, what):
        self.checked += 1
        if not ok:
            self.missing.append(f"{lang}: {what}")

    # ---- Python: parse the module, look up ClassDefs and their defs / __init__ keywords.
    def python(self, types):
        module = self.assembly["targets"]["python"]["module"]
        path = os.path.join(self.out, "python", "src", *module.split("."), "__init__.py")
        tree = ast.parse(read(path), filename=path)
        classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        exported = set()
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
                exported = {e.value for e in node.value.elts}
        for t in types:
            name = t["name"]
            self.expect(name in exported, "python", f"{name} not in __all__")
            cls = classes.get(name)
            self.expect(cls is not None, "python", f"class {name} missing")
            if cls is None:
                continue
            defs = {n.name: n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
            attrs = {tg.id for n in cls.body if isinstance(n, ast.Assign) for tg in n.targets if isinstance(tg, ast.Name)}
            if t["kind"] == "enum":
                for m in t.get("members", []):
                    self.expect(m["name"] in attrs, "python", f"{name}.{m['name']} missing")
            elif t.get("datatype"):
                init = defs.get("__init__")
                kw = {a.arg for a in init.args.kwonlyargs} if init else set()
                for p in t.get("properties", []):
                    self.expect(snake(p["name"]) in kw, "python", f"{name}(…{snake(p['name'])}=) missing")
                    self.expect(snake(p["name"]) in defs, "python", f"{name}.{snake(p['name'])} missing")
            else:
                if t["kind"] == "class" and "initializer" in t:
                    self.expect("__init__" in defs, "python", f"{name}.__init__ missing")
                for m in t.get("methods", []) + t.get("properties", []):
                    member = m["name"] if m.get("const") else snake(m["name"])
                    member = "_" + member if m.get("protected") else member
                    self.expect(member in defs, "python", f"{name}.{member} missing")

    # ---- Java: one file per type, methods by jsii name, properties as getX().
    def java(self, types):
        pkg = self.assembly["targets"]["java"]["package"]
        base = os.path.join(self.out, "java", "src", "main", "java", *pkg.split("."))
        for t in types:
            name = t["name"]
            src = self.source("java", base, name, ".java")
            if src is None:
                continue
            kind = "enum" if t["kind"] == "enum" else "interface" if t["kind"] == "interface" else "class"
            self.expect(re.search(rf"\b{kind} {name}\b", src), "java", f"{kind} {name} missing")
            for m in t.get("members", []):
                self.expect(re.search(rf"^\s*{m['name']}\b", src, re.M), "java", f"{name}.{m['name']} missing")
            for m in t.get("methods", []):
                self.expect(f" {m['name']}(" in src, "java", f"{name}.{m['name']}() missing")
            for p in t.get("properties", []):
                found = f" get{pascal(p['name'])}(" in src or (p.get("const") and f" {p['name']} " in src)
                self.expect(found, "java", f"{name}.get{pascal(p['name'])}() missing")

    # ---- C#: one file per type (structs: class + I-interface), members in PascalCase.
    def dotnet(self, types):
        ns = self.assembly["targets"]["dotnet"]["namespace"]
        base = os.path.join(self.out, "dotnet", self.assembly["targets"]["dotnet"]["packageId"], *ns.split("."))
        for t in types:
            name = t["name"]
            src = self.source("dotnet", base, name, ".cs")
            if src is None:
                continue
            if t.get("datatype"):
                self.expect(os.path.exists(os.path.join(base, "I" + name + ".cs")), "dotnet", f"I{name}.cs missing")
            kind = "enum" if t["kind"] == "enum" else "interface" if t["kind"] == "interface" and not t.get("datatype") else "class"
            self.expect(re.search(rf"\b{kind} {name}\b", src), "dotnet", f"{kind} {name} missing")
            for m in t.get("members", []):
                self.expect(re.search(rf"\b{pascal(m['name'].lower())}\b|\b{m['name']}\b", src, re.I), "dotnet", f"{name}.{m['name']} missing")
            for m in t.get("methods", []) + t.get("properties", []):
                self.expect(re.search(rf"\b{pascal(m['name'])}\b", src), "dotnet", f"{name}.{pascal(m['name'])} missing")

    # ---- Go: one file per type; classes are interfaces + NewX constructors, statics are X_Method.
    def go(self, types):
        pkg = re.sub(r"[^a-z0-9]", "", self.assembly["name"].lower())
        base = os.path.join(self.out, "go", pkg)
        for t in types:
            name = t["name"]
            src = self.source("go", base, name, ".go")
            if src is None:
                continue
            decl = {"enum": "string", "class": "interface"}.get(t["kind"], "struct" if t.get("datatype") else "interface")
            self.expect(re.search(rf"^type {name} {decl}\b", src, re.M), "go", f"type {name} {decl} missing")
            if t["kind"] == "class" and "initializer" in t and not t.get("abstract"):
                self.expect(f"func New{name}(" in src, "go", f"New{name}() missing")
            for m in t.get("members", []):
                self.expect(re.search(rf"\b{name}_{m['name']}\b", src), "go", f"{name}_{m['name']} missing")
            for m in t.get("methods", []) + t.get("properties", []):
                go_name = f"{name}_{pascal(m['name'])}" if m.get("static") else pascal(m["name"])
                self.expect(re.search(rf"\b{go_name}\b", src), "go", f"{name}.{go_name} missing")


def main():
    assembly_path = sys.argv[1] if len(sys.argv) > 1 else ".jsii"
    out = sys.argv[2] if len(sys.argv) > 2 else ".bindings"
    assembly = json.loads(read(assembly_path))
    types = [t for t in assembly["types"].values() if not t.get("namespace")]
    nested = [t["fqn"] for t in assembly["types"].values() if t.get("namespace")]
    if nested:
        print(f"check_bindings: submodule/nested types are not handled yet: {nested}", file=sys.stderr)
        return 1
    if not types:
        print("check_bindings: the assembly declares no types", file=sys.stderr)
        return 1
    checker = Checker(assembly, out)
    for lang in ("python", "java", "dotnet", "go"):
        getattr(checker, lang)(types)
    for line in checker.missing:
        print(f"- {line}")
    print(f"bindings: {len(types)} types, {checker.checked - len(checker.missing)} passed, {len(checker.missing)} failed")
    return 1 if checker.missing else 0


if __name__ == "__main__":
    sys.exit(main())
