## placeholder until translated
