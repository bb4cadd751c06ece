#!/usr/bin/env python3
"""Drive the jsii kernel (@jsii/runtime, the node host every jsii language runtime spawns) from Python.

The Python `jsii` runtime package cannot be installed offline (see README.md beside this file), so
the generated Python package cannot be imported. This script does the part of its job that can be
checked without it: it speaks the kernel's JSON-lines protocol itself, loads the SAME assembly
tarball the generated Python package embeds (.bindings/python/src/<module>/_jsii/*.jsii.tgz),
plus constructs and aws-cdk-lib packed from node_modules, and through the kernel:
  - constructs an `IntegrationChecks` aspect and an `HttpApiUrlIntegration` on an aws-cdk-lib HttpApi,
  - synthesizes the stack and asserts the integration is in the template,
  - constructs an integration with an invalid URL and asserts the kernel returns our rule's error.

Usage: python3 test/bindings/kernel_smoke.py RUNTIME_JS OUR_TGZ PACK_DIR DEP_DIR...
  DEP_DIRs (packed into PACK_DIR with `npm pack`, loaded in the order given) are the jsii
  dependencies of the assembly, as the Python packages aws-cdk-lib, constructs, ... would load them.
"""
import json
import os
import subprocess
import sys


class KernelError(Exception):
    pass


class Kernel:
    def __init__(self, runtime_js):
        self.proc = subprocess.Popen(
            ["node", runtime_js], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        hello = json.loads(self.proc.stdout.readline())
        if "hello" not in hello:
            raise KernelError(f"unexpected greeting {hello}")
        self.version = hello["hello"]

    def request(self, api, **fields):
        self.proc.stdin.write(json.dumps({"api": api, **fields}) + "\n")
        self.proc.stdin.flush()
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise KernelError(f"kernel exited during {api}")
            reply = json.loads(line)
            if "ok" in reply:
                return reply["ok"]
            if "error" in reply:
                raise KernelError(reply["error"])
            if "callback" in reply:
                raise KernelError(f"unexpected callback {reply['callback']}")  # no overrides are registered

    def load(self, name, version, tarball):
        return self.request("load", name=name, version=version, tarball=tarball)

    def create(self, fqn, *args):
        return self.request("create", fqn=fqn, args=list(args), overrides=[], interfaces=[])

    def invoke(self, obj, method, *args):
        return self.request("invoke", objref=obj, method=method, args=list(args)).get("result")

    def sinvoke(self, fqn, method, *args):
        return self.request("sinvoke", fqn=fqn, method=method, args=list(args)).get("result")

    def get(self, obj, prop):
        return self.request("get", objref=obj, property=prop)["value"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def npm_pack(package_dir, pack_dir):
    """Pack an installed package as its npm tarball (what the PyPI wheels embed): (name, version, path)."""
    out = subprocess.run(
        ["npm", "pack", "--json", "--pack-destination", pack_dir, os.path.abspath(package_dir)],
        check=True, capture_output=True, text=True,
    ).stdout
    info = json.loads(out)[0]
    return info["name"], info["version"], os.path.join(pack_dir, info["filename"])


def main(runtime_js, ours, pack_dir, *dep_dirs):
    os.makedirs(pack_dir, exist_ok=True)
    tarballs = [npm_pack(d, pack_dir) for d in dep_dirs]
    # .bindings/python/src/<module>/_jsii/<name>@<version>.jsii.tgz, as the Python package loads it
    lib, version = os.path.basename(ours)[: -len(".jsii.tgz")].rsplit("@", 1)
    tarballs.append((lib, version, os.path.abspath(ours)))
    k = Kernel(runtime_js)
    passed = 0
    try:
        for name, version, tgz in tarballs:
            loaded = k.load(name, version, tgz)
            assert loaded["assembly"] == name and (name != lib or loaded["types"] > 0), loaded

        app = k.create("aws-cdk-lib.App")
        stack = k.create("aws-cdk-lib.Stack", app, "BindingsSmoke")
        checks = k.create(f"{lib}.IntegrationChecks")
        k.invoke(k.sinvoke("aws-cdk-lib.Aspects", "of", app), "add", checks)
        passed += 1  # IntegrationChecks constructed through the kernel and added as an aspect

        get = {"method": {"$jsii.enum": "aws-cdk-lib.aws_apigatewayv2.HttpMethod/GET"}}
        api = k.create("aws-cdk-lib.aws_apigatewayv2.HttpApi", stack, "Api")
        integration = k.create(f"{lib}.HttpApiUrlIntegration", "Backend", "https://example.com/{proxy}", get)
        k.invoke(api, "addRoutes", {"path": "/items/{proxy+}", "integration": integration})
        passed += 1  # HttpApiUrlIntegration constructed and bound to an aws-cdk-lib HttpApi

        assembly = k.invoke(app, "synth")
        template = k.get(k.invoke(assembly, "getStackByName", "BindingsSmoke"), "template")
        integrations = [
            r["Properties"] for r in template["Resources"].values() if r["Type"] == "AWS::ApiGatewayV2::Integration"
        ]
        assert len(integrations) == 1, template
        assert integrations[0]["IntegrationType"] == "HTTP_PROXY", integrations[0]
        assert integrations[0]["IntegrationUri"] == "https://example.com/{proxy}", integrations[0]
        assert integrations[0]["IntegrationMethod"] == "GET", integrations[0]
        passed += 1  # synthesized through the kernel, the template holds our integration

        bad_stack = k.create("aws-cdk-lib.Stack", k.create("aws-cdk-lib.App"), "Bad")
        bad_api = k.create("aws-cdk-lib.aws_apigatewayv2.HttpApi", bad_stack, "Api")
        bad = k.create(f"{lib}.HttpApiUrlIntegration", "Backend", "ftp://example.com", get)
        k.invoke(bad_api, "addRoutes", {"path": "/x", "integration": bad})  # a finding is recorded, never thrown
        annotations = k.sinvoke("aws-cdk-lib.assertions.Annotations", "fromStack", bad_stack)
        any_value = k.sinvoke("aws-cdk-lib.assertions.Match", "anyValue")
        errors = k.invoke(annotations, "findError", "*", any_value)
        def data_of(entry):
            return entry.get("data") if isinstance(entry, dict) and "$jsii.byref" not in entry else k.get(entry, "data")
        message = json.dumps([[k.get(m, "id"), data_of(k.get(m, "entry"))] for m in errors])
        assert "IntegrationUriNotHttpUrl" in message and "Bad/Api" in message, message
        try:
            k.create(f"{lib}.HttpApiUrlIntegration", "Slow", "https://example.com", {**get, "timeout": 1000})
            raise AssertionError("a number was accepted where a Duration is expected")
        except KernelError as e:
            # the jsii kernel itself refuses a wrong type from Python, Java, C# or Go (our runtime check serves plain
            # JavaScript callers): either way the caller gets an error naming the Duration, never a crash inside
            assert "Duration" in str(e), str(e)
        passed += 1  # our findings cross the kernel with construct path and rule code; a usage error is thrown
    finally:
        k.close()
    print(f"kernel smoke ({k.version}): {passed} passed, 0 failed")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
