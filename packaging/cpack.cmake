# What `make package` (cpack) puts in the .deb and the .tar.gz: the two programs (installed by their
# own directories), the desktop integration and the bundled examples.
include(GNUInstallDirs)

if(NW_BUILD_GUI)
  set(NW_LINUX_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)
  install(FILES ${NW_LINUX_DIR}/neuroweave.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${NW_LINUX_DIR}/org.neuroweave.Neuroweave.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${NW_LINUX_DIR}/neuroweave-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
          RENAME neuroweave.xml)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/neuroweave.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
# The examples with the data files they read (examples/data/*.csv, found relative to the project).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/examples/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/neuroweave/examples FILES_MATCHING PATTERN "*.nwproj" PATTERN "*.csv")

set(CPACK_PACKAGE_NAME neuroweave)
set(CPACK_PACKAGE_VENDOR "Neuroweave")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Visual neural-network designer with live CPU training")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY neuroweave)
set(CPACK_GENERATOR TGZ DEB)
set(CPACK_PACKAGE_FILE_NAME "neuroweave-${PROJECT_VERSION}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Neuroweave developers")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# dpkg-shlibdeps derives the run-time dependencies (Qt, libgomp, zlib) from the binaries; the SVG
# plugins that draw the icons and the X cursor library Qt's xcb plugin opens (which brings
# libXrender) are loaded at run time, so no binary names them, and the Chinese interface needs a font
# with its characters. The Fashion-MNIST examples read the data package.
# `make package-test` checks that these cover every library the installed designer loads.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libxcursor1, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dataset-fashion-mnist")
include(CPack)
