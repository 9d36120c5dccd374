//! Shared by the integration tests: is there a wgpu adapter to render with?

use chronolens::export::Gpu;
use std::sync::Arc;

/// The shared headless GPU, or `None` with a loud SKIPPED message. In CI
/// (`CHRONOLENS_REQUIRE_GPU=1`, set by `.ci/run`) a missing adapter fails the test.
pub fn gpu_or_skip(what: &str) -> Option<Arc<Gpu>> {
    match Gpu::shared() {
        Ok(g) => Some(g),
        Err(e) => {
            if std::env::var_os("CHRONOLENS_REQUIRE_GPU").is_some_and(|v| v != "0") {
                panic!("CHRONOLENS_REQUIRE_GPU is set but no wgpu adapter is available: {e}");
            }
            eprintln!(
                "\n!!!!! SKIPPED: {what}: no wgpu adapter ({e}). Install one with `apt-get install mesa-vulkan-drivers libvulkan1`.\n"
            );
            None
        }
    }
}
