//! What differs by platform in configuration: where machine-wide and Group Policy settings
//! live. Linux: `/etc/klippvakt/config.toml`. Windows: the registry keys of DESIGN.md.

use crate::settings::Layer;

/// Machine-wide layers, highest first, each with the warnings it raised.
#[cfg(not(windows))]
pub fn machine_layers() -> Vec<(Layer, Vec<String>)> {
    let path = std::path::Path::new("/etc/klippvakt/config.toml");
    match Layer::from_file(path) {
        Ok(layer) => vec![(layer, Vec::new())],
        Err(e) => vec![(Layer::default(), vec![format!("{e:#}")])],
    }
}

/// Machine-wide layers, highest first: Group Policy, then what the MSI wrote.
#[cfg(windows)]
pub fn machine_layers() -> Vec<(Layer, Vec<String>)> {
    use winreg::enums::HKEY_LOCAL_MACHINE;
    use winreg::RegKey;
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    ["Software\\Policies\\Klippvakt", "Software\\Klippvakt"]
        .iter()
        .map(|path| match hklm.open_subkey(path) {
            Ok(key) => Layer::from_values(|name| {
                key.get_value::<String, _>(name)
                    .ok()
                    .or_else(|| key.get_value::<u32, _>(name).ok().map(|n| n.to_string()))
            }),
            Err(_) => (Layer::default(), Vec::new()),
        })
        .collect()
}
